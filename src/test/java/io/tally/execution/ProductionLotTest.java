package io.tally.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.execution.ExecutionEvent.LotClosed;
import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A lot's rule, without Spring: only an open lot closes, and it closes with its totals. */
class ProductionLotTest {
  static final LotNumber LOT = LotNumber.parse("RCP26K031-001");
  static final ProductCode BLANK = new ProductCode("762x39-BLANK");
  static final LineId L3 = new LineId("L3");
  static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void closesAnOpenLotWithItsTotalsAndRule() {
    ProductionLot lot = new ProductionLot(LOT, BLANK, L3, ProductionLotStatus.OPEN, 20_000, 12);
    assertThat(lot.close(CloseRule.MANUAL, AT))
        .isEqualTo(new LotClosed(LOT, BLANK, L3, 20_000, 12, AT, CloseRule.MANUAL));
  }

  @Test
  void refusesToCloseAClosedLot() {
    ProductionLot lot = new ProductionLot(LOT, BLANK, L3, ProductionLotStatus.CLOSED, 20_000, 12);
    assertThatThrownBy(() -> lot.close(CloseRule.RUN_ENDED, AT))
        .isInstanceOfSatisfying(
            CommandRejected.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CommandRejected.Kind.CONFLICT);
              assertThat(e.field()).isEqualTo("lot");
            })
        .hasMessage("lot RCP26K031-001 is CLOSED");
  }
}
