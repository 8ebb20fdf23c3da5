package io.tally.plant;

import io.tally.ledger.Ledger;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the plant file's load at start, so line states exist before any command; refuses a file
 * whose rules changed without an approved change.
 */
@Component
@Order(0)
// Not while a backup is restored: the restored ledger must be the only one.
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
    name = "tally.restoring",
    havingValue = "false",
    matchIfMissing = true)
class PlantStartup implements ApplicationRunner {
  private final PlantService plant;
  private final Ledger ledger;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final PlantApproval approval;

  PlantStartup(
      PlantService plant,
      Ledger ledger,
      JdbcClient jdbc,
      TransactionTemplate tx,
      PlantApproval approval) {
    this.approval = approval;
    this.plant = plant;
    this.ledger = ledger;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    plant.recordLoad(ledger, jdbc, tx, approval::check);
  }
}
