package io.tally.analytics;

import io.tally.analytics.kpi.Disposition;
import io.tally.analytics.kpi.LotDispositions;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A line's count reports in a window, as corrected and as first recorded, from one read of the
 * count projection's rows (grouped here, not in SQL): a report with the corrections of it at its
 * time is one row, summed. Each row carries quality's later decisions about its units, spread over
 * all the counts of its lot (in and out of the window) pro rata to their good units.
 */
@Component
class CountFacts {
  private final JdbcClient jdbc;

  CountFacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A report (with its corrections, or not) at its time: seq is the first row's. */
  record Row(
      long seq,
      String run,
      @Nullable String lot,
      Instant at,
      long good,
      long scrap,
      Disposition quality) {}

  /** The rows as corrected and as first recorded, each in time order. */
  record Both(List<Row> corrected, List<Row> recorded) {}

  /** One group of rows: a report (run, lot, at) with or without its corrections. */
  private static final class Group {
    final String run;
    final @Nullable String lot;
    final Instant at;
    long seq = Long.MAX_VALUE;
    long good;
    long scrap;

    Group(String run, @Nullable String lot, Instant at) {
      this.run = run;
      this.lot = lot;
      this.at = at;
    }

    void add(long s, long g, long sc) {
      seq = Math.min(seq, s);
      good += g;
      scrap += sc;
    }
  }

  private record Key(String run, @Nullable String lot, Instant at) {}

  /** The line's counts in (from, to]. */
  Both of(String line, Instant from, Instant to) {
    Map<Key, Group> all = new LinkedHashMap<>();
    Map<Key, Group> recorded = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT seq, run, lot, at, good, scrap, correction FROM kpi_count"
                + " WHERE line = ? AND at > ? AND at <= ?")
        .params(line, Timestamp.from(from), Timestamp.from(to))
        .query(
            (ResultSet rs) -> {
              Key k = new Key(rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant());
              long seq = rs.getLong(1), good = rs.getLong(5), scrap = rs.getLong(6);
              all.computeIfAbsent(k, CountFacts::group).add(seq, good, scrap);
              if (!rs.getBoolean(7)) {
                recorded.computeIfAbsent(k, CountFacts::group).add(seq, good, scrap);
              }
            });
    Map<Long, Disposition> quality = dispositions(line, from, to, all);
    return new Both(rows(all, quality), rows(recorded, quality));
  }

  private static Group group(Key k) {
    return new Group(k.run(), k.lot(), k.at());
  }

  private static List<Row> rows(Map<Key, Group> groups, Map<Long, Disposition> quality) {
    List<Row> out = new ArrayList<>(groups.size());
    for (Group g : groups.values()) {
      out.add(
          new Row(
              g.seq,
              g.run,
              g.lot,
              g.at,
              g.good,
              g.scrap,
              quality.getOrDefault(g.seq, Disposition.NONE)));
    }
    out.sort(Comparator.comparing(Row::at).thenComparingLong(Row::seq));
    return out;
  }

  /**
   * Quality's decisions about the lots of these counts, spread over each lot's counts pro rata to
   * their good units: each report's share by its seq. The counts of the window are at hand; the
   * decided lots' counts outside it are read in batches, as are the decisions.
   */
  private Map<Long, Disposition> dispositions(
      String line, Instant from, Instant to, Map<Key, Group> window) {
    List<String> lots =
        window.values().stream().map(g -> g.lot).filter(Objects::nonNull).distinct().toList();
    Map<String, long[]> totals = new TreeMap<>();
    for (List<String> batch : batches(lots)) {
      jdbc.sql(
              "SELECT lot, kind, SUM(quantity) FROM kpi_quality WHERE lot IN (:lots)"
                  + " GROUP BY lot, kind")
          .param("lots", batch)
          .query(
              (ResultSet rs) -> {
                int i = KINDS.indexOf(rs.getString(2));
                if (i >= 0) {
                  totals.computeIfAbsent(rs.getString(1), k -> new long[5])[i] += rs.getLong(3);
                }
              });
    }
    // Every count of the decided lots, as the facts group them: the window's, then the others.
    Map<Key, Group> ofLots = new LinkedHashMap<>();
    for (Map.Entry<Key, Group> e : window.entrySet()) {
      if (e.getKey().lot() != null && totals.containsKey(e.getKey().lot())) {
        ofLots
            .computeIfAbsent(e.getKey(), CountFacts::group)
            .add(e.getValue().seq, e.getValue().good, 0);
      }
    }
    for (List<String> batch : batches(new ArrayList<>(totals.keySet()))) {
      jdbc.sql(
              "SELECT seq, run, lot, at, good FROM kpi_count WHERE lot IN (:lots)"
                  + " AND NOT (line = :line AND at > :from AND at <= :to)")
          .param("lots", batch)
          .param("line", line)
          .param("from", Timestamp.from(from))
          .param("to", Timestamp.from(to))
          .query(
              (ResultSet rs) -> {
                Key k = new Key(rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant());
                ofLots.computeIfAbsent(k, CountFacts::group).add(rs.getLong(1), rs.getLong(5), 0);
              });
    }
    Map<String, List<Group>> byLot = new HashMap<>();
    ofLots.values().forEach(g -> byLot.computeIfAbsent(g.lot, k -> new ArrayList<>()).add(g));
    Map<Long, Disposition> out = new HashMap<>();
    for (Map.Entry<String, long[]> lotTotals : totals.entrySet()) {
      long[] t = lotTotals.getValue();
      List<Group> ofLot = byLot.getOrDefault(lotTotals.getKey(), List.of());
      // In time order (to the millisecond), then by seq: the order the spread gives its
      // remainders in.
      ofLot.sort(
          Comparator.<Group>comparingLong(g -> g.at.toEpochMilli()).thenComparingLong(g -> g.seq));
      List<Disposition> spread =
          LotDispositions.spread(
              ofLot.stream().map(g -> g.good).toList(),
              new LotDispositions.Totals(t[0], t[1], t[2], t[3], t[4]));
      for (int i = 0; i < ofLot.size(); i++) {
        out.put(ofLot.get(i).seq, spread.get(i));
      }
    }
    return out;
  }

  static List<List<String>> batches(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 500) {
      out.add(ids.subList(i, Math.min(ids.size(), i + 500)));
    }
    return out;
  }

  private static final List<String> KINDS =
      List.of(
          QualityProjection.SCRAP,
          QualityProjection.REWORK,
          QualityProjection.SAMPLES,
          QualityProjection.CONCESSION,
          QualityProjection.REWORK_SCRAP);
}
