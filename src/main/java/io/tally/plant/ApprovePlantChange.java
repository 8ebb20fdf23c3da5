package io.tally.plant;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Approves a proposed plant file from a day (today or later): ADMIN or QUALITY, never the person
 * who proposed it. A server starts on the file from that day.
 */
@Component
class ApprovePlantChange implements CommandHandler<PlantCommands.Approve, PlantChangeView> {
  private final Ledger ledger;
  private final PlantChangeQueries queries;
  private final PlantService plant;
  private final Clock clock;

  ApprovePlantChange(Ledger ledger, PlantChangeQueries queries, PlantService plant, Clock clock) {
    this.ledger = ledger;
    this.queries = queries;
    this.plant = plant;
    this.clock = clock;
  }

  @Override
  public Class<PlantCommands.Approve> commandType() {
    return PlantCommands.Approve.class;
  }

  @Override
  public PlantChangeView handle(PlantCommands.Approve command, Actor actor) {
    long id = command.id();
    PlantApprovalRequest request = command.request();
    PlantChangeView change = queries.one(id);
    if (change.approvedBy() != null) {
      throw CommandRejected.conflict(
          "id", "plant change " + id + " is already approved by " + change.approvedBy());
    }
    if (change.proposedBy().equals(actor.name())) {
      throw CommandRejected.conflict(
          "approvedBy",
          "four eyes: a plant change needs a second person; "
              + actor.name()
              + " proposed change "
              + id
              + " and may not approve it");
    }
    LocalDate today = LocalDate.now(clock.withZone(plant.plant().site().zone()));
    LocalDate effective =
        request == null || request.effective() == null ? today : request.effective();
    if (effective.isBefore(today)) {
      throw CommandRejected.invalid(
          "effective", "a change takes effect today or later, not on " + effective);
    }
    ledger.append(
        actor, new PlantEvent.PlantChangeApproved(id, change.proposedSha256(), effective));
    return queries.one(id);
  }
}
