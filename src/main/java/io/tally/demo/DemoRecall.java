package io.tally.demo;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.traceability.HoldRequests;
import io.tally.traceability.RecallEvent.Reach;
import io.tally.traceability.RecallRequests;
import io.tally.traceability.RecallView;
import io.tally.traceability.ReturnRequests;
import io.tally.traceability.ShipmentStatus;
import io.tally.traceability.ShipmentView;
import io.tally.traceability.Shipments;
import io.tally.traceability.Trace;
import io.tally.traceability.TraceReport;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The demo's recall, once, on the working day {@link #DAY_INDEX} (a demo of about 60 days or more):
 * a component lot of the newest dispatched shipment is held with everything made from it, recalled
 * from the customers it reached, each of whom acknowledges; 100 rounds come back from one shipment
 * and quality scraps them; the recall is closed and its holds released, so the demo goes on.
 */
final class DemoRecall {
  /** The working day (from 0) the recall happens on: about 60 calendar days in. */
  static final int DAY_INDEX = 42;

  /** Traceability's queries and the one command path, injected once. */
  @Component
  record Commands(CommandExecutor executor, Shipments shipments, Trace trace) {}

  private final Commands commands;
  private final DemoUsers users;

  DemoRecall(Commands commands, DemoUsers users) {
    this.commands = commands;
    this.users = users;
  }

  /** Holds, recalls, acknowledges, takes a return and closes, all on {@code day}. */
  void run(LocalDate day) {
    Optional<String> componentLot = componentLotShipped();
    if (componentLot.isEmpty()) {
      return;
    }
    String lot = componentLot.get();
    Actor quality = users.actor(DemoUsers.QUALITY);
    Actor warehouse = users.actor(DemoUsers.WAREHOUSE);
    CommandExecutor run = commands.executor();
    String reason = "supplier notice: component lot out of specification (demo)";
    run.execute(quality, new HoldRequests.Place("H-" + lot, lot, reason, true));
    RecallView recall = run.execute(quality, new RecallRequests.Open("RC-" + lot, lot, reason));
    Reach first = recall.shipments().get(0);
    run.execute(
        warehouse,
        new ReturnRequests.Record(
            "RT-" + first.shipment(),
            first.shipment(),
            first.lot(),
            100L,
            "QUARANTINE",
            "returned under recall " + recall.id(),
            "RMA-" + first.shipment()));
    run.execute(
        quality,
        new ReturnRequests.Dispose(
            "RT-" + first.shipment(),
            new ReturnRequests.Decision("SCRAP", "recalled rounds are not reissued")));
    for (RecallView.Customer c : recall.customers()) {
      run.execute(
          quality,
          new RecallRequests.Acknowledge(
              recall.id(),
              new RecallRequests.Acknowledgement(
                  c.customer(), "Logistics officer, " + c.customer(), day, "ACK-" + c.customer())));
    }
    run.execute(quality, new RecallRequests.Close(recall.id()));
    String lifted = "supplier re-tested the lot: within specification (demo)";
    run.execute(quality, new HoldRequests.Release(recall.id(), new HoldRequests.Reason(lifted)));
    run.execute(quality, new HoldRequests.Release("H-" + lot, new HoldRequests.Reason(lifted)));
  }

  /** A component lot in the newest dispatched shipment's first lot, if there is one. */
  private Optional<String> componentLotShipped() {
    for (ShipmentView s : commands.shipments().recent(20)) {
      if (s.status() != ShipmentStatus.DISPATCHED || s.lines().isEmpty()) {
        continue;
      }
      TraceReport lot = commands.trace().trace(s.lines().get(0).lot());
      if (!lot.components().isEmpty()) {
        return Optional.of(lot.components().get(0).componentLot());
      }
    }
    return Optional.empty();
  }
}
