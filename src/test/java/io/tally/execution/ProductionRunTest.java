package io.tally.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.execution.ExecutionEvent.LotOpened;
import io.tally.execution.ExecutionEvent.RunEnded;
import io.tally.execution.ExecutionEvent.RunStarted;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A run's rules, without Spring: one open run per line, a run ends once, lots only on it open. */
class ProductionRunTest {
  static final LineId L3 = new LineId("L3");
  static final ProductCode BLANK = new ProductCode("762x39-BLANK");
  static final Instant START = Instant.parse("2026-11-27T06:00:00Z");
  static final Instant LATER = Instant.parse("2026-11-27T08:00:00Z");
  static final LotNumber LOT = LotNumber.parse("RCP26K031-001");

  static ProductionRun open(String id) {
    return new ProductionRun(new RunId(id), L3, BLANK, LOT, START, null);
  }

  static ProductionRun ended(String id) {
    return new ProductionRun(new RunId(id), L3, BLANK, null, START, LATER);
  }

  @Test
  void startsOnAFreeLineWithItsFirstLotAndWorkOrder() {
    WorkOrder order = new WorkOrder(new WorkOrderId("WO-1"), L3, BLANK, 0, WorkOrderStatus.OPEN);
    RunStarted started =
        ProductionRun.start(
            Optional.empty(), new RunId("RUN-000002"), L3, BLANK, () -> LOT, order, START, 4375.0);
    assertThat(started)
        .isEqualTo(
            new RunStarted(
                new RunId("RUN-000002"), L3, BLANK, LOT, new WorkOrderId("WO-1"), START, 4375.0));
  }

  @Test
  void refusesASecondOpenRunOnALineBeforeNumberingALot() {
    AtomicInteger numbered = new AtomicInteger();
    assertThatThrownBy(
            () ->
                ProductionRun.start(
                    Optional.of(open("RUN-000001")),
                    new RunId("RUN-000002"),
                    L3,
                    BLANK,
                    () -> {
                      numbered.incrementAndGet();
                      return LOT;
                    },
                    null,
                    START,
                    null))
        .isInstanceOfSatisfying(
            CommandRejected.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CommandRejected.Kind.CONFLICT);
              assertThat(e.field()).isEqualTo("line");
            })
        .hasMessage("line L3 already runs RUN-000001");
    assertThat(numbered).hasValue(0);
  }

  @Test
  void endsAnOpenRunOnItsLine() {
    ProductionRun run = open("RUN-000001");
    assertThat(run.status()).isEqualTo(RunStatus.OPEN);
    assertThat(run.end(LATER)).isEqualTo(new RunEnded(new RunId("RUN-000001"), L3, LATER));
  }

  @Test
  void refusesToEndARunThatEnded() {
    ProductionRun run = ended("RUN-000001");
    assertThat(run.status()).isEqualTo(RunStatus.ENDED);
    assertThatThrownBy(() -> run.end(LATER.plusSeconds(60)))
        .isInstanceOf(CommandRejected.class)
        .hasMessage("run RUN-000001 ended at 2026-11-27T08:00:00Z");
  }

  @Test
  void opensLotsOnlyWhileOpen() {
    LotNumber next = LotNumber.parse("RCP26K031-002");
    assertThat(open("RUN-000001").openLot(next, LATER))
        .isEqualTo(new LotOpened(next, BLANK, L3, new RunId("RUN-000001"), LATER));
    assertThatThrownBy(() -> ended("RUN-000001").openLot(next, LATER))
        .isInstanceOf(CommandRejected.class)
        .hasMessageContaining("ended at");
  }
}
