package io.tally.plant;

import io.tally.kernel.CommandRejected;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.LineState;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lines in their live lifecycle state and the acceptance acts that cover them; {@link
 * TransitionLine} moves a line (legal moves only, operation only under an act) and {@link
 * RecordAct} records an act.
 */
@Service
public class Lines {
  private final PlantService plant;
  private final JdbcClient jdbc;

  Lines(PlantService plant, JdbcClient jdbc) {
    this.plant = plant;
    this.jdbc = jdbc;
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

  Line find(String id) {
    Optional<Line> line;
    try {
      line = plant.plant().findLine(new LineId(id));
    } catch (IllegalArgumentException e) {
      line = Optional.empty();
    }
    return line.orElseThrow(() -> CommandRejected.notFound("line", "no line '" + id + "'"));
  }

  LineView view(Line l) {
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

  List<ActRow> actsCovering(Line l) {
    return jdbc.sql("SELECT id, stage, line FROM acceptance_act WHERE line = ? OR stage = ?")
        .params(l.id().value(), l.stage().value())
        .query((rs, n) -> new ActRow(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
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

  record ActRow(String id, String stage, String line) {}
}
