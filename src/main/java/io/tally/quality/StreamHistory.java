package io.tally.quality;

import io.tally.quality.sampling.Approver;
import io.tally.quality.sampling.InspectionEvent;
import io.tally.quality.sampling.InspectionStream;
import io.tally.quality.sampling.LotDecision;
import io.tally.quality.sampling.ProductionRate;
import io.tally.quality.sampling.Severity;
import io.tally.quality.sampling.Submission;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds an inspection stream by replaying its inputs, oldest first, through the pure switching
 * rules. The inputs are facts of the ledger, so the state is the same however often it is rebuilt.
 */
@Component
class StreamHistory {
  static final String LOT = "LOT";
  static final String REDUCED = "REDUCED";
  static final String RESUMED = "RESUMED";
  static final String CARRIED = "CARRIED";

  private final JdbcClient jdbc;

  StreamHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  InspectionStream replay(StreamId id) {
    return replayed(id).stream();
  }

  /** The stream after all its inputs, and the decision on the last lot among them, if any. */
  Replayed replayed(StreamId id) {
    InspectionStream stream = new InspectionStream(id.key(), id.scheme());
    LotDecision[] last = {null};
    jdbc.sql(
            "SELECT kind, lot_size, d, submission, actor, note, seq FROM quality_stream_input"
                + " WHERE product = ? AND line = ? AND nc_class = ? AND insp_level = ? AND aql = ?"
                + " UNION ALL SELECT 'CARRIED', NULL, CASE WHEN discontinued THEN 1 ELSE 0 END,"
                + " NULL, NULL, severity, load_seq FROM quality_stream_carry"
                + " WHERE product = ? AND line = ? AND nc_class = ? AND insp_level = ? AND aql = ?"
                + " ORDER BY 7")
        .params(
            id.product(),
            id.line(),
            id.nonconformityClass(),
            id.level(),
            id.aql(),
            id.product(),
            id.line(),
            id.nonconformityClass(),
            id.level(),
            id.aql())
        .query(
            rs -> {
              String kind = rs.getString(1);
              Approver approver = new Approver(String.valueOf(rs.getString(5)), Set.of("QUALITY"));
              switch (kind) {
                case LOT -> {
                  var events =
                      stream.inspect(
                          rs.getLong(2), rs.getInt(3), Submission.valueOf(rs.getString(4)));
                  last[0] = ((InspectionEvent.LotInspected) events.get(0)).decision();
                }
                case REDUCED -> stream.approveReduced(approver, ProductionRate.STEADY);
                case RESUMED -> stream.recordCorrectiveAction(approver, rs.getString(6));
                case CARRIED ->
                    stream.carryOver(Severity.valueOf(rs.getString(6)), rs.getInt(3) == 1);
                default -> throw new IllegalStateException("unknown stream input " + kind);
              }
            });
    return new Replayed(stream, last[0]);
  }

  record Replayed(InspectionStream stream, LotDecision lastDecision) {}
}
