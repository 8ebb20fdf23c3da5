package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Traceability with only what it uses (execution, orders, ledger, plant): a component lot received,
 * released by receiving inspection, issued to a line and consumed into a finished lot is traced
 * both ways.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class TraceabilityModuleTest {
  static final Actor WAREHOUSE = new Actor("wh-bob");
  static final Actor OPERATOR = new Actor("op-carl");
  static final Actor QUALITY = new Actor("qa-quinn");

  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired CommandExecutor executor;
  @Autowired CommandExecutor commands;
  @Autowired Trace trace;

  @Test
  void aComponentLotConsumedIntoALotIsTracedBothWays() {
    String lot =
        new ProductionFixture(ledger, tx, executor)
            .produceLot(ProductionFixture.BALL, "L1", 700, 0);
    commands.execute(
        WAREHOUSE,
        new ComponentRequests.Receipt(
            "BU-M1",
            "BULLET-762-SC",
            "Bullet Works",
            "S-1",
            1_000L,
            "STORES",
            "BW-C-1",
            null,
            null));
    commands.execute(
        QUALITY, new IncomingRequests.Inspect("BU-M1", new IncomingRequests.Findings(0)));
    commands.execute(OPERATOR, new ComponentRequests.Issue("BU-M1", 600L, "STORES", "L1"));
    commands.execute(OPERATOR, new ComponentRequests.Consumption("BU-M1", lot, 500L, null));

    TraceReport down = trace.trace("BU-M1");
    assertThat(down.componentLot().received()).isEqualTo(1_000);
    assertThat(down.finishedLots())
        .extracting(TraceReport.LotUse::lot, TraceReport.LotUse::quantity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(lot, 500L));
    TraceReport up = trace.trace(lot);
    assertThat(up.components())
        .extracting(TraceReport.ComponentUse::componentLot, TraceReport.ComponentUse::quantity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("BU-M1", 500L));
  }
}
