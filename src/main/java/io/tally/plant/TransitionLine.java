package io.tally.plant;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves a line to another lifecycle state; refused if the move is illegal or no act covers it. The
 * ledger lock is held before the state is read, so two moves of the same line are decided one after
 * the other and the second sees the state the first wrote.
 */
@Component
class TransitionLine implements CommandHandler<PlantCommands.Transition, LineView> {
  private final Lines lines;
  private final Ledger ledger;
  private final ApplicationEventPublisher events;

  TransitionLine(Lines lines, Ledger ledger, ApplicationEventPublisher events) {
    this.lines = lines;
    this.ledger = ledger;
    this.events = events;
  }

  @Override
  public Class<PlantCommands.Transition> commandType() {
    return PlantCommands.Transition.class;
  }

  @Override
  public LineView handle(PlantCommands.Transition command, Actor actor) {
    LineTransitionRequest request = command.request();
    Line line = lines.find(command.line());
    LineState to = request.target();
    LineState from = lines.stateOf(line.id());
    if (!from.canMoveTo(to)) {
      throw CommandRejected.conflict(
          "to",
          "line "
              + line.id()
              + " is "
              + from.label()
              + "; it may move to "
              + (from.next().isEmpty()
                  ? "nothing"
                  : String.join(", ", from.next().stream().map(LineState::label).toList())));
    }
    if (to.needsAcceptance() && lines.actsCovering(line).isEmpty()) {
      throw CommandRejected.conflict(
          "to",
          "no acceptance act covers line "
              + line.id()
              + " or its stage "
              + line.stage()
              + "; record one first");
    }
    ledger.append(
        actor,
        new PlantEvent.LineStateChanged(
            line.id(), from, to, request.reason() == null ? "" : request.reason()));
    events.publishEvent(
        new LineStateChanged(line.id().value(), from.label(), to.label(), to.takesWork()));
    return lines.view(line);
  }
}
