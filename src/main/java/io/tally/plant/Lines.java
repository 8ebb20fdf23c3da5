package io.tally.plant;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import io.tally.plant.model.AcceptanceAct;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.LineState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Lines in their live lifecycle state: legal moves only, operation only under an act. */
@Service
public class Lines {
  private final PlantService plant;
  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final LedgerLock lock;
  private final Commands commands;
  private final org.springframework.context.ApplicationEventPublisher events;

  Lines(
      PlantService plant,
      JdbcClient jdbc,
      Ledger ledger,
      LedgerLock lock,
      Commands commands,
      org.springframework.context.ApplicationEventPublisher events) {
    this.plant = plant;
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.lock = lock;
    this.commands = commands;
    this.events = events;
  }

  public LineState stateOf(LineId id) {
    return jdbc.sql("SELECT state FROM line_state WHERE line = ?")
        .param(id.value())
        .query(String.class)
        .optional()
        .map(LineState::valueOf)
        .orElseGet(() -> plant.plant().line(id).state());
  }

  /** Whether the line exists, is covered by an act and is in a state that takes work. */
  public boolean takesWork(LineId id) {
    return plant.plant().findLine(id).isPresent() && stateOf(id).takesWork();
  }

  public List<LineView> all() {
    return plant.plant().lines().stream().map(this::view).toList();
  }

  public LineView one(String id) {
    return view(find(id));
  }

  private Line find(String id) {
    Optional<Line> line;
    try {
      line = plant.plant().findLine(new LineId(id));
    } catch (IllegalArgumentException e) {
      line = Optional.empty();
    }
    return line.orElseThrow(() -> CommandRejected.notFound("line", "no line '" + id + "'"));
  }

  private LineView view(Line l) {
    LineState state = stateOf(l.id());
    return new LineView(
        l.id().value(),
        l.name(),
        l.stage().value(),
        state.label(),
        state.next().stream().map(LineState::label).toList(),
        state.takesWork(),
        l.capabilities().stream()
            .map(c -> new LineView.Capability(c.product().value(), c.ratedPerHour()))
            .toList(),
        actsCovering(l).stream().map(ActRow::id).toList());
  }

  private List<ActRow> actsCovering(Line l) {
    return jdbc.sql("SELECT id, stage, line FROM acceptance_act WHERE line = ? OR stage = ?")
        .params(l.id().value(), l.stage().value())
        .query((rs, n) -> new ActRow(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /**
   * Moves a line to another lifecycle state; refused if the move is illegal or no act covers it.
   * The ledger lock is taken before the state is read, so two moves of the same line are decided
   * one after the other and the second sees the state the first wrote.
   */
  public LineView transition(
      Actor actor, String key, String lineId, LineTransitionRequest request) {
    return commands.run(
        actor,
        key,
        "line.transition",
        Map.of("line", lineId, "request", request),
        LineView.class,
        () -> {
          lock.hold();
          Line line = find(lineId);
          LineState to = request.target();
          LineState from = stateOf(line.id());
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
          if (to.needsAcceptance() && actsCovering(line).isEmpty()) {
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
              PlantEvents.LINE_STATE_CHANGED,
              Map.of(
                  "line", line.id().value(),
                  "from", from.name(),
                  "to", to.name(),
                  "reason", request.reason() == null ? "" : request.reason()));
          events.publishEvent(
              new LineStateChanged(line.id().value(), from.label(), to.label(), to.takesWork()));
          return view(line);
        });
  }

  /** Records a signed acceptance act for a stage or a line; the lock makes its id check hold. */
  public ActView recordAct(Actor actor, String key, AcceptanceActRequest request) {
    return commands.run(
        actor,
        key,
        "act.record",
        request,
        ActView.class,
        () -> {
          lock.hold();
          AcceptanceAct act = request.toAct();
          if (act.stage() != null
              && plant.plant().stages().stream().noneMatch(s -> s.id().equals(act.stage()))) {
            throw CommandRejected.notFound("stage", "no stage '" + act.stage() + "'");
          }
          if (act.line() != null) {
            find(act.line().value());
          }
          boolean exists =
              jdbc.sql("SELECT COUNT(*) FROM acceptance_act WHERE id = ?")
                      .param(act.id())
                      .query(Long.class)
                      .single()
                  > 0;
          if (exists) {
            throw CommandRejected.conflict("id", "an act '" + act.id() + "' is already recorded");
          }
          long seq =
              ledger
                  .append(actor, PlantEvents.ACCEPTANCE_ACT_RECORDED, PlantEvents.actFields(act))
                  .seq();
          return ActView.of(act, seq);
        });
  }

  public List<ActView> acts() {
    return jdbc.sql(
            "SELECT id, stage, line, signed_by, signed_on, warranty_terms, warranty_months,"
                + " document_sha256, recorded_seq FROM acceptance_act ORDER BY signed_on, id")
        .query(
            (rs, n) ->
                new ActView(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getDate(5).toLocalDate(),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getDate(5).toLocalDate().plusMonths(rs.getInt(7)),
                    rs.getString(8),
                    rs.getLong(9)))
        .list();
  }

  private record ActRow(String id, String stage, String line) {}
}
