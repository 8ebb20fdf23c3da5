package io.tally.quality;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.plant.PlantEvent.PlantFileLoaded;
import io.tally.plant.PlantEvent.SamplingScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a loaded plant file gives a product's class a new inspection level or AQL, the stream of the
 * new scheme on each line continues the severity of the stream it replaces there (the one with the
 * latest input), unless the approved change said why the streams restart. Without this a tightened
 * stream would return to normal inspection just by editing the file.
 */
@Component
class StreamCarryProjection implements Projection {
  private final JdbcClient jdbc;
  private final StreamHistory history;
  private final StreamProjection streams;
  private final EventHandlers handlers =
      new EventHandlers().on(PlantFileLoaded.class, this::loaded);

  StreamCarryProjection(JdbcClient jdbc, StreamHistory history, StreamProjection streams) {
    this.jdbc = jdbc;
    this.history = history;
    this.streams = streams;
  }

  @Override
  public List<String> tables() {
    return List.of("quality_stream_carry");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  /**
   * A load whose approved change gave a reason to reset the streams carries nothing; loads recorded
   * before the ledger carried sampling schemes have none to carry.
   */
  private void loaded(PlantFileLoaded load, LedgerEntry e) {
    if (load.resetStreams() != null || load.sampling() == null) {
      return;
    }
    for (SamplingScheme s : load.sampling()) {
      for (Latest latest : latestPerLine(s.product(), s.nonconformityClass())) {
        StreamId to =
            new StreamId(
                latest.id().product(),
                latest.id().line(),
                latest.id().nonconformityClass(),
                s.level(),
                s.aql());
        if (!to.equals(latest.id())) {
          carry(e.seq(), latest, to);
        }
      }
    }
  }

  private void carry(long seq, Latest from, StreamId to) {
    jdbc.sql(
            "INSERT INTO quality_stream_carry (load_seq, product, line, nc_class, insp_level, aql,"
                + " severity, discontinued) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            seq,
            to.product(),
            to.line(),
            to.nonconformityClass(),
            to.level(),
            to.aql(),
            from.severity(),
            from.discontinued())
        .update();
    streams.refresh(to, seq, false, history.replay(to));
  }

  /** Each line's stream of this product and class with the latest input. */
  private List<Latest> latestPerLine(String product, String nonconformityClass) {
    Map<String, Latest> out = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT line, insp_level, aql, severity, discontinued FROM quality_stream"
                + " WHERE product = ? AND nc_class = ? ORDER BY updated_seq DESC")
        .params(product, nonconformityClass.toLowerCase(Locale.ROOT))
        .query(
            (rs, n) ->
                new Latest(
                    new StreamId(
                        product,
                        rs.getString(1),
                        nonconformityClass,
                        rs.getString(2),
                        rs.getString(3)),
                    rs.getString(4),
                    rs.getBoolean(5)))
        .list()
        .forEach(l -> out.putIfAbsent(l.id().line(), l));
    return List.copyOf(out.values());
  }

  private record Latest(StreamId id, String severity, boolean discontinued) {}
}
