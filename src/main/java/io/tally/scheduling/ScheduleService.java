package io.tally.scheduling;

import io.tally.input.Forms;
import io.tally.kernel.Command;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.NodeLease;
import io.tally.orders.model.Order;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.scheduling.solver.PinnedJob;
import io.tally.scheduling.solver.PlanRequest;
import io.tally.scheduling.solver.Schedule;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plans the open imported orders on one background thread, one solve at a time, and turns the plan
 * a planner accepts into a ScheduleAccepted ledger entry plus one work order per planned job.
 */
@org.springframework.stereotype.Service
public class ScheduleService {
  static final int MIN_SECONDS = 1;
  static final int MAX_SECONDS = 120;
  static final int DEFAULT_SECONDS = 30;
  static final int REPAIR_SECONDS = 5;
  // A repair must answer within ten seconds: five of search plus room for the model and the end.
  private static final Duration REPAIR_WAIT = Duration.ofSeconds(9);

  private final PlanningInputs inputs;
  private final StartedJobs started;
  private final AcceptedSchedules accepted;
  private final Clock clock;
  private final NodeLease lease;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "tally-scheduler");
            t.setDaemon(true);
            return t;
          });
  private volatile Solve current;

  ScheduleService(
      PlanningInputs inputs,
      StartedJobs started,
      AcceptedSchedules accepted,
      Clock clock,
      NodeLease lease) {
    this.lease = lease;
    this.inputs = inputs;
    this.started = started;
    this.accepted = accepted;
    this.clock = clock;
  }

  /** Starts a solve of the open orders; refused while another one runs. */
  public synchronized SolveStatus start(LocalDate from, Integer timeLimitSeconds) {
    int seconds = timeLimitSeconds == null ? DEFAULT_SECONDS : timeLimitSeconds;
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      throw CommandRejected.invalid(
          "timeLimitSeconds",
          "timeLimitSeconds must be " + MIN_SECONDS + " to " + MAX_SECONDS + ", got " + seconds);
    }
    Solve running = current;
    if (running != null && running.running()) {
      throw CommandRejected.conflict("solve", "solve " + running.id() + " is still running");
    }
    List<Order> open = inputs.openOrders();
    if (open.isEmpty()) {
      throw CommandRejected.invalid("orders", "there are no open orders to plan");
    }
    LocalDate day = from == null ? today() : from;
    if (!Forms.isPlausible(day)) {
      throw CommandRejected.invalid("from", "from must be a day from 2000-01-01 to 2100-12-31");
    }
    Plant now = inputs.plantAsItStands();
    List<PinnedJob> pinned = started.pinned(now, open);
    PlanRequest request =
        new PlanRequest(
            now,
            open,
            day,
            Duration.ofSeconds(seconds),
            pinned,
            PlanRequest.Engine.LOCAL_SEARCH,
            day.toEpochDay());
    // One solve at a time across all nodes: the lease is held until the solve ends.
    NodeLease.Lease held =
        lease
            .tryAcquire("schedule-solve")
            .orElseThrow(
                () -> CommandRejected.conflict("solve", "a solve is running on another node"));
    Solve solve;
    try {
      solve = Solve.start(request, seconds, clock, worker);
    } catch (RuntimeException e) {
      held.close();
      throw e;
    }
    solve.whenDone(held::close);
    current = solve;
    return solve.status();
  }

  /** Re-plans from today with the lines as they stand (a line under maintenance takes no work). */
  public RepairResult repair(String line, String reason) {
    if (line == null || line.isBlank()) {
      throw CommandRejected.invalid("line", "the line is required");
    }
    if (reason == null || reason.isBlank()) {
      throw CommandRejected.invalid("reason", "the reason for the repair is required");
    }
    LineId id = inputs.line(line);
    start(today(), REPAIR_SECONDS);
    Solve solve = current;
    try {
      solve.await(REPAIR_WAIT);
    } catch (TimeoutException e) {
      solve.control().requestStop();
    }
    Schedule best = solve.best();
    return new RepairResult(
        solve.id(),
        id.value(),
        reason.strip(),
        inputs.takesWork(id),
        solve.status(),
        best == null ? null : PlanDocument.plan(best));
  }

  /** The current (or last) solve. */
  public SolveStatus current() {
    return solve().status();
  }

  /** The current solve's best plan so far, or empty before there is one. */
  public Optional<Schedule> currentPlan() {
    Solve s = current;
    return s == null ? Optional.empty() : Optional.ofNullable(s.best());
  }

  public SolveStatus stop() {
    Solve s = solve();
    s.control().requestStop();
    return s.status();
  }

  /**
   * The command that accepts the best plan so far (or the finished one) of the current solve, for
   * the {@link io.tally.kernel.CommandExecutor} to run.
   */
  public Command<AcceptedSchedule> acceptance() {
    Solve s = solve();
    Schedule best = s.best();
    if (best == null) {
      throw CommandRejected.conflict("solve", "solve " + s.id() + " has no plan yet");
    }
    return new ScheduleRequests.Accept(s.id(), s.from(), best);
  }

  public Optional<AcceptedSchedule> lastAccepted() {
    return accepted.last();
  }

  LocalDate today() {
    return inputs.today();
  }

  private Solve solve() {
    Solve s = current;
    if (s == null) {
      throw CommandRejected.notFound("solve", "no schedule has been solved since the start");
    }
    return s;
  }

  @PreDestroy
  void shutdown() throws InterruptedException {
    Solve s = current;
    if (s != null) {
      s.control().requestStop();
    }
    worker.shutdown();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }

  /** The answer to a repair: the new plan, not yet accepted. */
  public record RepairResult(
      String id,
      String line,
      String reason,
      boolean lineTakesWork,
      SolveStatus status,
      Map<String, Object> plan) {}
}
