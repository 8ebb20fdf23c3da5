package io.tally.scheduling;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.NodeLease;
import io.tally.plant.LineStateChanged;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a line stops or starts taking work while a plan is in force, the plan is repaired at once
 * (started jobs pinned, the line as it now stands) and the repaired plan accepted, so the dispatch
 * lists follow within seconds. A planner's solve already running is left alone.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
    name = "tally.scheduling.repair-on-line-change",
    havingValue = "true",
    matchIfMissing = true)
class RepairOnLineChange {
  private static final Logger log = LoggerFactory.getLogger(RepairOnLineChange.class);

  private static final java.time.Duration LEASE_PATIENCE = java.time.Duration.ofSeconds(30);

  private final ScheduleService schedules;
  private final CommandExecutor commands;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "schedule-repair");
            t.setDaemon(true);
            return t;
          });

  private final NodeLease lease;

  RepairOnLineChange(ScheduleService schedules, CommandExecutor commands, NodeLease lease) {
    this.lease = lease;
    this.schedules = schedules;
    this.commands = commands;
  }

  @TransactionalEventListener
  void lineChanged(LineStateChanged event) {
    if (schedules.lastAccepted().isEmpty()) {
      return;
    }
    worker.submit(() -> repair(event));
  }

  private void repair(LineStateChanged event) {
    String reason = "line " + event.line() + " moved from " + event.from() + " to " + event.to();
    // One repair at a time across the nodes: a change on another node waits for this one.
    var held = lease.acquire("schedule-repair", LEASE_PATIENCE);
    if (held.isEmpty()) {
      log.warn("plan not repaired after {}: another node kept repairing", reason);
      return;
    }
    try (var repairing = held.get()) {
      var result = schedules.repair(event.line(), reason);
      if (result.plan() != null) {
        var accepted =
            commands.execute(
                Actor.SYSTEM, new IdempotencyKey("repair-" + result.id()), schedules.acceptance());
        log.info("plan repaired after {}: schedule {} accepted", reason, accepted.id());
      }
    } catch (RuntimeException e) {
      log.warn("plan not repaired after {}: {}", reason, e.getMessage());
    }
  }
}
