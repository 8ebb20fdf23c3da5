package io.tally.quality;

import io.tally.kernel.CommandRejected;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.quality.QualityEvent.CorrectiveActionRecorded;
import io.tally.quality.QualityEvent.InspectionRecorded;
import io.tally.quality.QualityEvent.ReducedInspectionApproved;
import io.tally.quality.sampling.InspectionStream;
import io.tally.quality.sampling.LotDecision;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inputs of each inspection stream (lots decided, reduced inspection approved, corrective
 * action recorded) and each stream's state after them, replayed through the switching rules.
 */
@Component
class StreamProjection implements Projection {
  private final JdbcClient jdbc;
  private final StreamHistory history;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(InspectionRecorded.class, this::inspected)
          .on(ReducedInspectionApproved.class, this::reducedApproved)
          .on(CorrectiveActionRecorded.class, this::correctiveAction);

  StreamProjection(JdbcClient jdbc, StreamHistory history) {
    this.jdbc = jdbc;
    this.history = history;
  }

  @Override
  public List<String> tables() {
    return List.of("quality_stream", "quality_stream_input");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void inspected(InspectionRecorded r, LedgerEntry e) {
    StreamId id = stream(r.product(), r.line(), r.nonconformityClass(), r.level(), r.aql());
    input(e, id, StreamHistory.LOT, r.lotSize(), r.d(), r.submission().name(), r.inspector(), null);
    StreamHistory.Replayed replayed = replayed(id);
    requireSamePlan(r, replayed.lastDecision());
    refresh(id, e.seq(), true, replayed.stream());
  }

  private void reducedApproved(ReducedInspectionApproved r, LedgerEntry e) {
    StreamId id = stream(r.product(), r.line(), r.nonconformityClass(), r.level(), r.aql());
    input(e, id, StreamHistory.REDUCED, null, null, null, r.approvedBy(), null);
    refresh(id, e.seq(), false, replayed(id).stream());
  }

  private void correctiveAction(CorrectiveActionRecorded r, LedgerEntry e) {
    StreamId id = stream(r.product(), r.line(), r.nonconformityClass(), r.level(), r.aql());
    input(e, id, StreamHistory.RESUMED, null, null, null, r.approvedBy(), r.action());
    refresh(id, e.seq(), false, replayed(id).stream());
  }

  private static StreamId stream(
      ProductCode product, LineId line, String nonconformityClass, String level, String aql) {
    return new StreamId(product.value(), line.value(), nonconformityClass, level, aql);
  }

  private void input(
      LedgerEntry e,
      StreamId id,
      String kind,
      @Nullable Long lotSize,
      @Nullable Integer d,
      @Nullable String submission,
      String actor,
      @Nullable String note) {
    jdbc.sql(
            "INSERT INTO quality_stream_input (seq, product, line, nc_class, insp_level, aql, kind,"
                + " lot_size, d, submission, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?)")
        .params(
            e.seq(),
            id.product(),
            id.line(),
            id.nonconformityClass(),
            id.level(),
            id.aql(),
            kind,
            lotSize,
            d,
            submission,
            actor,
            note)
        .update();
  }

  private StreamHistory.Replayed replayed(StreamId id) {
    try {
      return history.replayed(id);
    } catch (IllegalStateException raced) {
      // An approval checked against a state another command has since changed.
      throw CommandRejected.conflict("class", raced.getMessage());
    }
  }

  /**
   * A decision must be the one the stream gives when replayed. It differs only when another lot of
   * the same stream was decided, and changed its severity, while this one was being recorded; the
   * command is then refused and the inspector reads the plan again.
   */
  private static void requireSamePlan(InspectionRecorded r, LotDecision replayed) {
    if (replayed.severity() != r.severity()
        || replayed.n() != r.n()
        || replayed.ac() != r.ac()
        || replayed.re() != r.re()) {
      throw CommandRejected.conflict(
          "lot",
          "the inspection stream of class "
              + r.nonconformityClass()
              + " moved to "
              + replayed.severity().label()
              + " inspection while lot "
              + r.lot()
              + " was recorded; read its plan again");
    }
  }

  void refresh(StreamId id, long seq, boolean lotInspected, InspectionStream stream) {
    Object[] key = {id.product(), id.line(), id.nonconformityClass(), id.level(), id.aql()};
    int updated =
        jdbc.sql(
                "UPDATE quality_stream SET severity = ?, discontinued = ?, score = ?,"
                    + " lots = lots + ?, updated_seq = ? WHERE product = ? AND line = ?"
                    + " AND nc_class = ? AND insp_level = ? AND aql = ?")
            .params(
                stream.severity().name(),
                stream.isDiscontinued(),
                stream.switchingScore(),
                lotInspected ? 1 : 0,
                seq,
                key[0],
                key[1],
                key[2],
                key[3],
                key[4])
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO quality_stream (product, line, nc_class, insp_level, aql, severity,"
                  + " discontinued, score, lots, updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              key[0],
              key[1],
              key[2],
              key[3],
              key[4],
              stream.severity().name(),
              stream.isDiscontinued(),
              stream.switchingScore(),
              lotInspected ? 1 : 0,
              seq)
          .update();
    }
  }
}
