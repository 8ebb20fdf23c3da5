package io.tally.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.ledger.Ledger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quality with only what it uses (execution, ledger, plant): a lot closed by execution's events
 * becomes a lot awaiting inspection, and an inspection within the plan's acceptance numbers
 * releases it in the ledger.
 */
@ApplicationModuleTest(
    mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
    extraIncludes = "periods")
@ActiveProfiles("test")
class QualityModuleTest {
  static final String LOT = "RCP27M111-001";

  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired CommandExecutor commands;
  @Autowired QualityLots lots;
  @Autowired JdbcClient jdbc;

  @Test
  void aClosedLotPassingItsSamplesIsReleased() {
    new ExecutionFixture(ledger, tx).closedLot(LOT, "762x39-BALL-SC", "M1", 3000, 9);
    assertThat(lots.find(LOT).orElseThrow().status()).isEqualTo(LotStatus.CLOSED);

    commands.execute(
        new Actor("qa1"),
        new LotCommands.Inspect(
            LOT,
            new InspectionRequest(
                List.of(
                    new InspectionRequest.ClassResult("critical", 200, 0, null),
                    new InspectionRequest.ClassResult("major", 125, 1, null),
                    new InspectionRequest.ClassResult("minor", 125, 2, null)))));

    LotView lot = lots.find(LOT).orElseThrow();
    assertThat(lot.status()).isEqualTo(LotStatus.RELEASED);
    assertThat(lot.releasedSeq())
        .isEqualTo(
            jdbc.sql("SELECT seq FROM ledger_entry WHERE type = 'LotReleased' AND payload LIKE ?")
                .param("%" + LOT + "%")
                .query(Long.class)
                .single());
  }
}
