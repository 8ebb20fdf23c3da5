package io.tally.quality;

import io.tally.ledger.CommandRejected;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.quality.sampling.InspectionStream;
import io.tally.quality.sampling.LotDecision;
import java.util.List;
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
    String kind =
        switch (e.type()) {
          case QualityEvents.INSPECTION_RECORDED -> StreamHistory.LOT;
          case QualityEvents.REDUCED_APPROVED -> StreamHistory.REDUCED;
          case QualityEvents.CORRECTIVE_ACTION_RECORDED -> StreamHistory.RESUMED;
          default -> null;
        };
    if (kind == null) {
      return;
    }
    var p = e.payload();
    StreamId id =
        new StreamId(
            p.text("product"), p.text("line"), p.text("class"), p.text("level"), p.text("aql"));
    boolean lot = kind.equals(StreamHistory.LOT);
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
            lot ? p.number("lotSize") : null,
            lot ? (int) p.number("d") : null,
            lot ? p.text("submission") : null,
            lot ? p.text("inspector") : p.text("approvedBy"),
            kind.equals(StreamHistory.RESUMED) ? p.text("action") : null)
        .update();
    StreamHistory.Replayed replayed;
    try {
      replayed = history.replayed(id);
    } catch (IllegalStateException raced) {
      // An approval checked against a state another command has since changed.
      throw CommandRejected.conflict("class", raced.getMessage());
    }
    if (lot) {
      requireSamePlan(p, replayed.lastDecision());
    }
    refresh(id, e.seq(), lot, replayed.stream());
  }

  /**
   * A decision must be the one the stream gives when replayed. It differs only when another lot of
   * the same stream was decided, and changed its severity, while this one was being recorded; the
   * command is then refused and the inspector reads the plan again.
   */
  private static void requireSamePlan(LedgerEntry.Payload p, LotDecision replayed) {
    if (!replayed.severity().name().equals(p.text("severity"))
        || replayed.n() != p.number("n")
        || replayed.ac() != p.number("ac")
        || replayed.re() != p.number("re")) {
      throw CommandRejected.conflict(
          "lot",
          "the inspection stream of class "
              + p.text("class")
              + " moved to "
              + replayed.severity().label()
              + " inspection while lot "
              + p.text("lot")
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
