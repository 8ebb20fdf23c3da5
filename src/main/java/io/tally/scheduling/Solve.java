package io.tally.scheduling;

import io.tally.scheduling.solver.PlanRequest;
import io.tally.scheduling.solver.PlanResult;
import io.tally.scheduling.solver.Planner;
import io.tally.scheduling.solver.Schedule;
import io.tally.scheduling.solver.SearchControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/** One run of the planner on the scheduler thread, with its control and, once done, its result. */
final class Solve {
  private static final AtomicLong LAST = new AtomicLong();

  private final String id;
  private final LocalDate from;
  private final int seconds;
  private final Clock clock;
  private final Instant started;
  private final SearchControl<Schedule> control = new SearchControl<>();
  private volatile CompletableFuture<PlanResult> result;
  private volatile Instant ended;

  private Solve(String id, LocalDate from, int seconds, Clock clock) {
    this.id = id;
    this.from = from;
    this.seconds = seconds;
    this.clock = clock;
    this.started = clock.instant();
  }

  static Solve start(PlanRequest request, int seconds, Clock clock, ExecutorService worker) {
    Solve s = new Solve(nextId(clock), request.from(), seconds, clock);
    s.result =
        CompletableFuture.supplyAsync(() -> Planner.plan(request, s.control), worker)
            .whenComplete((r, e) -> s.ended = clock.instant());
    return s;
  }

  /** Ids from the clock's milliseconds, strictly increasing, so work order ids never repeat. */
  private static String nextId(Clock clock) {
    long now = clock.millis();
    long id = LAST.updateAndGet(last -> Math.max(last + 1, now));
    return "SCH-" + Long.toString(id, 36).toUpperCase(Locale.ROOT);
  }

  String id() {
    return id;
  }

  /** Runs the action once the solve has ended, however it ended. */
  void whenDone(Runnable action) {
    result.whenComplete((r, e) -> action.run());
  }

  LocalDate from() {
    return from;
  }

  SearchControl<Schedule> control() {
    return control;
  }

  boolean running() {
    return !result.isDone();
  }

  /** The finished plan, else the best so far (also of a failed solve), else null. */
  Schedule best() {
    // getNow would rethrow a failed solve's exception; its status reports the failure instead.
    PlanResult r = result.isCompletedExceptionally() ? null : result.getNow(null);
    return r != null ? r.plan() : control.bestSoFar();
  }

  void await(Duration wait) throws TimeoutException {
    try {
      result.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      // The status reports the failure.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  SolveStatus status() {
    SolveState state;
    String error = null;
    if (!result.isDone()) {
      state = SolveState.RUNNING;
    } else if (result.isCompletedExceptionally()) {
      state = SolveState.FAILED;
      error = result.handle((r, e) -> e == null ? null : rootMessage(e)).join();
    } else {
      state = SolveState.FINISHED;
    }
    Instant end = ended == null ? clock.instant() : ended;
    Schedule best = best();
    return new SolveStatus(
        id,
        state,
        from,
        seconds,
        Duration.between(started, end).toMillis(),
        best == null ? 0 : best.jobs().size(),
        best == null ? null : PlanDocument.metrics(best.metrics()),
        error);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
