package io.tally.execution;

import io.tally.execution.ExecutionEvent.LotOpened;
import io.tally.execution.ExecutionEvent.RunEnded;
import io.tally.execution.ExecutionEvent.RunStarted;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A run: one product on one line from its start to its end, filling one lot after another. Its
 * rules live here: one open run per line, a run ends once, lots open only on an open run. Each verb
 * checks them and returns the event to append, or throws {@link CommandRejected}.
 */
final class ProductionRun {
  private final RunId id;
  private final LineId line;
  private final ProductCode product;
  private final @Nullable LotNumber currentLot;
  private final Instant startedAt;
  private final @Nullable Instant endedAt;

  ProductionRun(
      RunId id,
      LineId line,
      ProductCode product,
      @Nullable LotNumber currentLot,
      Instant startedAt,
      @Nullable Instant endedAt) {
    this.id = id;
    this.line = line;
    this.product = product;
    this.currentLot = currentLot;
    this.startedAt = startedAt;
    this.endedAt = endedAt;
  }

  static ProductionRun of(RunView v) {
    return new ProductionRun(
        new RunId(v.run()),
        new LineId(v.line()),
        new ProductCode(v.product()),
        v.currentLot() == null ? null : LotNumber.parse(v.currentLot()),
        v.startedAt(),
        v.endedAt());
  }

  /**
   * Starts a run of {@code product} on {@code line}, unless {@code openOnLine} (the line's open
   * run, if any) still runs: a line makes one thing at a time. The first lot is numbered only once
   * the run may start, so a refused start names the line, not the lot.
   */
  static RunStarted start(
      Optional<ProductionRun> openOnLine,
      RunId id,
      LineId line,
      ProductCode product,
      Supplier<LotNumber> firstLot,
      @Nullable WorkOrder order,
      Instant at,
      @Nullable Double ratedPerHour) {
    openOnLine.ifPresent(
        open -> {
          throw CommandRejected.conflict("line", "line " + line + " already runs " + open.id);
        });
    return new RunStarted(
        id, line, product, firstLot.get(), order == null ? null : order.id(), at, ratedPerHour);
  }

  /** The run's status now: OPEN until it ended. */
  RunStatus status() {
    return endedAt == null ? RunStatus.OPEN : RunStatus.ENDED;
  }

  /** Refuses any command on a run that has ended. */
  ProductionRun requireOpen() {
    if (endedAt != null) {
      throw CommandRejected.conflict("run", "run " + id + " ended at " + endedAt);
    }
    return this;
  }

  /** Ends the run at {@code at}; its open lot, if any, is closed first by the caller. */
  RunEnded end(Instant at) {
    requireOpen();
    return new RunEnded(id, line, at);
  }

  /** Opens lot {@code lot} on this run at {@code at}. */
  LotOpened openLot(LotNumber lot, Instant at) {
    requireOpen();
    return new LotOpened(lot, product, line, id, at);
  }

  RunId id() {
    return id;
  }

  LineId line() {
    return line;
  }

  ProductCode product() {
    return product;
  }

  /** The lot the run fills now, null between lots. */
  @Nullable LotNumber currentLot() {
    return currentLot;
  }

  Instant startedAt() {
    return startedAt;
  }
}
