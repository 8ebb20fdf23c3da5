package io.tally.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.execution.ExecutionEvent.WorkOrderCancelled;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A work order's rules, without Spring: where and when a run may start it, when it cancels. */
class WorkOrderTest {
  static final WorkOrderId WO = new WorkOrderId("WO-7");
  static final LineId L3 = new LineId("L3");
  static final ProductCode BLANK = new ProductCode("762x39-BLANK");

  static WorkOrder order(WorkOrderStatus status, long good) {
    return new WorkOrder(WO, L3, BLANK, good, status);
  }

  @Test
  void startsOnlyOnItsOwnLine() {
    assertThat(order(WorkOrderStatus.OPEN, 0).requireStartableOn(L3).id()).isEqualTo(WO);
    assertThatThrownBy(() -> order(WorkOrderStatus.OPEN, 0).requireStartableOn(new LineId("L1")))
        .isInstanceOfSatisfying(
            CommandRejected.class,
            e -> assertThat(e.kind()).isEqualTo(CommandRejected.Kind.INVALID))
        .hasMessage("work order WO-7 is for line L3");
  }

  @ParameterizedTest
  @EnumSource(
      value = WorkOrderStatus.class,
      names = {"IN_PROGRESS", "COMPLETED", "CANCELLED"})
  void startsOnlyWhileOpen(WorkOrderStatus status) {
    assertThatThrownBy(() -> order(status, 0).requireStartableOn(L3))
        .isInstanceOfSatisfying(
            CommandRejected.class,
            e -> assertThat(e.kind()).isEqualTo(CommandRejected.Kind.CONFLICT))
        .hasMessage("work order WO-7 is " + status);
  }

  @Test
  void startsOnlyForItsProduct() {
    order(WorkOrderStatus.OPEN, 0).requireProduct(BLANK);
    assertThatThrownBy(
            () -> order(WorkOrderStatus.OPEN, 0).requireProduct(new ProductCode("762x39-BALL")))
        .isInstanceOf(CommandRejected.class)
        .hasMessage("work order WO-7 is for 762x39-BLANK");
  }

  @Test
  void cancelsAnUnstartedOrder() {
    assertThat(order(WorkOrderStatus.OPEN, 0).cancel("re-planned"))
        .isEqualTo(new WorkOrderCancelled(WO, "re-planned"));
  }

  @Test
  void refusesToCancelAnOrderSomethingWasMadeOf() {
    assertThatThrownBy(() -> order(WorkOrderStatus.OPEN, 500).cancel(""))
        .hasMessage("work order WO-7 is OPEN; only an unstarted one is cancelled");
    assertThatThrownBy(() -> order(WorkOrderStatus.IN_PROGRESS, 0).cancel(""))
        .isInstanceOfSatisfying(
            CommandRejected.class, e -> assertThat(e.field()).isEqualTo("workOrder"))
        .hasMessage("work order WO-7 is IN_PROGRESS; only an unstarted one is cancelled");
  }
}
