package io.tally.execution;

import io.tally.execution.ExecutionEvent.WorkOrderCancelled;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;

/**
 * A planner's work order: a quantity of a product on a line. A run starts it only while it is OPEN
 * and only on its line, for its product; it is cancelled only while no run has made any of it.
 */
final class WorkOrder {
  private final WorkOrderId id;
  private final LineId line;
  private final ProductCode product;
  private final long good;
  private final WorkOrderStatus status;

  WorkOrder(WorkOrderId id, LineId line, ProductCode product, long good, WorkOrderStatus status) {
    this.id = id;
    this.line = line;
    this.product = product;
    this.good = good;
    this.status = status;
  }

  static WorkOrder of(WorkOrderView v) {
    return new WorkOrder(
        new WorkOrderId(v.id()),
        new LineId(v.line()),
        new ProductCode(v.product()),
        v.good(),
        v.status());
  }

  /** Checks that a run on {@code runLine} may start this order now; returns it for chaining. */
  WorkOrder requireStartableOn(LineId runLine) {
    if (!line.equals(runLine)) {
      throw CommandRejected.invalid("workOrder", "work order " + id + " is for line " + line);
    }
    if (status != WorkOrderStatus.OPEN) {
      throw CommandRejected.conflict("workOrder", "work order " + id + " is " + status);
    }
    return this;
  }

  /** Checks that a run of {@code runProduct} makes what this order asks for. */
  void requireProduct(ProductCode runProduct) {
    if (!product.equals(runProduct)) {
      throw CommandRejected.invalid("product", "work order " + id + " is for " + product);
    }
  }

  /** Cancels the order, which must be open with nothing made of it yet. */
  WorkOrderCancelled cancel(String reason) {
    if (status != WorkOrderStatus.OPEN || good > 0) {
      throw CommandRejected.conflict(
          "workOrder",
          "work order " + id + " is " + status + "; only an unstarted one is cancelled");
    }
    return new WorkOrderCancelled(id, reason);
  }

  WorkOrderId id() {
    return id;
  }

  ProductCode product() {
    return product;
  }
}
