package io.tally.execution;

import io.tally.kernel.CommandRejected;
import io.tally.plant.model.LineId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads execution's projections: runs, lots, stops, work orders and dispatch lists. */
@Service
public class ExecutionQueries {
  private static final String RUNS =
      "SELECT run, line, product, work_order, current_lot, good, scrap, started_at, ended_at"
          + " FROM production_run";
  private static final String LOTS =
      "SELECT lot, product, line, run, status, good, scrap, opened_at, closed_at, close_rule"
          + " FROM production_lot";
  private static final String STOPS =
      "SELECT stop, line, reason, category, started_at, ended_at FROM line_stop";
  private static final String ORDERS =
      "SELECT id, line, product, quantity, good, planned_start, status FROM work_order";

  private static final RowMapper<RunView> RUN =
      (rs, n) ->
          new RunView(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getLong(6),
              rs.getLong(7),
              instant(rs, 8),
              instant(rs, 9));
  private static final RowMapper<ProductionLotView> LOT = (rs, n) -> lot(rs, 0);
  private static final RowMapper<StopView> STOP =
      (rs, n) ->
          new StopView(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              instant(rs, 5),
              instant(rs, 6));
  private static final RowMapper<WorkOrderView> ORDER =
      (rs, n) ->
          new WorkOrderView(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getLong(4),
              rs.getLong(5),
              Math.max(0, rs.getLong(4) - rs.getLong(5)),
              instant(rs, 6),
              WorkOrderStatus.valueOf(rs.getString(7)));

  private final JdbcClient jdbc;

  ExecutionQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<RunView> run(String run) {
    return jdbc.sql(RUNS + " WHERE run = ?").param(run).query(RUN).optional();
  }

  /** Run {@code runId} as the aggregate that guards it; refused if there is none. */
  ProductionRun requireRun(RunId runId) {
    return ProductionRun.of(
        run(runId.value())
            .orElseThrow(() -> CommandRejected.notFound("run", "no run '" + runId + "'")));
  }

  /** A run with the lot it fills now, if any. */
  record RunAndLot(RunView run, @Nullable ProductionLotView currentLot) {}

  /**
   * Run {@code runId} and its current lot in one query (one round trip: a count report needs both
   * while its batch holds the ledger lock); refused if there is no such run.
   */
  RunAndLot requireRunAndLot(RunId runId) {
    return jdbc.sql(
            "SELECT r.run, r.line, r.product, r.work_order, r.current_lot, r.good, r.scrap,"
                + " r.started_at, r.ended_at, l.lot, l.product, l.line, l.run, l.status, l.good,"
                + " l.scrap, l.opened_at, l.closed_at, l.close_rule FROM production_run r"
                + " LEFT JOIN production_lot l ON l.lot = r.current_lot WHERE r.run = ?")
        .param(runId.value())
        .query(
            (rs, n) ->
                new RunAndLot(RUN.mapRow(rs, n), rs.getString(10) == null ? null : lot(rs, 9)))
        .optional()
        .orElseThrow(() -> CommandRejected.notFound("run", "no run '" + runId + "'"));
  }

  private static ProductionLotView lot(ResultSet rs, int from) throws SQLException {
    return new ProductionLotView(
        rs.getString(from + 1),
        rs.getString(from + 2),
        rs.getString(from + 3),
        rs.getString(from + 4),
        ProductionLotStatus.valueOf(rs.getString(from + 5)),
        rs.getLong(from + 6),
        rs.getLong(from + 7),
        instant(rs, from + 8),
        instant(rs, from + 9),
        rs.getString(from + 10));
  }

  public Optional<RunView> openRun(LineId line) {
    return jdbc.sql(RUNS + " WHERE line = ? AND ended_at IS NULL")
        .param(line.value())
        .query(RUN)
        .optional();
  }

  /** Runs, newest first, optionally of one line and only open ones. */
  public List<RunView> runs(String line, boolean openOnly, int limit) {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (line != null) {
      where.add("line = ?");
      params.add(line);
    }
    if (openOnly) {
      where.add("ended_at IS NULL");
    }
    params.add(limit);
    return jdbc.sql(RUNS + where(where) + " ORDER BY started_seq DESC LIMIT ?")
        .params(params)
        .query(RUN)
        .list();
  }

  public Optional<ProductionLotView> lot(String lot) {
    return jdbc.sql(LOTS + " WHERE lot = ?").param(lot).query(LOT).optional();
  }

  /** Lots, newest first, optionally of one line and in one status. */
  public List<ProductionLotView> lots(String line, ProductionLotStatus status, int limit) {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (line != null) {
      where.add("line = ?");
      params.add(line);
    }
    if (status != null) {
      where.add("status = ?");
      params.add(status.name());
    }
    params.add(limit);
    return jdbc.sql(LOTS + where(where) + " ORDER BY opened_seq DESC LIMIT ?")
        .params(params)
        .query(LOT)
        .list();
  }

  /** The highest sequence used in an interfix and 2-digit year, 0 for none. */
  int lastSequence(int interfix, int year) {
    return jdbc.sql(
            "SELECT COALESCE(MAX(lot_sequence), 0) FROM production_lot"
                + " WHERE interfix = ? AND lot_year = ?")
        .params(interfix, year)
        .query(Integer.class)
        .single();
  }

  public Optional<StopView> openStop(LineId line) {
    return jdbc.sql(STOPS + " WHERE line = ? AND ended_at IS NULL")
        .param(line.value())
        .query(STOP)
        .optional();
  }

  public Optional<StopView> stop(String stop) {
    return jdbc.sql(STOPS + " WHERE stop = ?").param(stop).query(STOP).optional();
  }

  public Optional<WorkOrderView> workOrder(String id) {
    return jdbc.sql(ORDERS + " WHERE id = ?").param(id).query(ORDER).optional();
  }

  /** A line's work orders not yet completed, in planned order (ties by id). */
  public List<DispatchEntry> dispatchList(LineId line) {
    List<WorkOrderView> open =
        jdbc.sql(
                ORDERS
                    + " WHERE line = ? AND status NOT IN ('COMPLETED', 'CANCELLED') ORDER BY planned_start, id")
            .param(line.value())
            .query(ORDER)
            .list();
    List<DispatchEntry> list = new ArrayList<>(open.size());
    for (WorkOrderView w : open) {
      list.add(
          new DispatchEntry(
              list.size() + 1,
              w.id(),
              w.product(),
              w.quantity(),
              w.remaining(),
              w.plannedStart(),
              w.status()));
    }
    return list;
  }

  long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  private static String where(List<String> clauses) {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** The line's runs that overlap [from, to), with their own starts even if earlier. */
  public List<RunView> runsOverlapping(LineId line, Instant from, Instant to) {
    return jdbc.sql(
            RUNS
                + " WHERE line = ? AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)"
                + " ORDER BY started_at")
        .params(line.value(), Timestamp.from(to), Timestamp.from(from))
        .query(RUN)
        .list();
  }

  /** The line's stops that overlap [from, to), with their own starts even if earlier. */
  public List<StopView> stopsOverlapping(LineId line, Instant from, Instant to) {
    return jdbc.sql(
            STOPS
                + " WHERE line = ? AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)"
                + " ORDER BY started_at")
        .params(line.value(), Timestamp.from(to), Timestamp.from(from))
        .query(STOP)
        .list();
  }

  /**
   * The line's stops that overlap [from, to) as they were first recorded: a corrected stop with the
   * reason and start its first correction found, and the end before any correction changed it. Its
   * category is the one it has now; a reader maps the recorded reason to its own.
   */
  public List<StopView> stopsOverlappingAsRecorded(LineId line, Instant from, Instant to) {
    List<StopView> out =
        new ArrayList<>(
            jdbc.sql(
                    STOPS
                        + " s WHERE line = ? AND started_at < ? AND (ended_at IS NULL OR ended_at"
                        + " > ?) AND NOT EXISTS (SELECT 1 FROM stop_correction c WHERE c.stop ="
                        + " s.stop)")
                .params(line.value(), Timestamp.from(to), Timestamp.from(from))
                .query(STOP)
                .list());
    // Each corrected stop's corrections, oldest first: the first names the recorded reason and
    // start; the first that found an end names the recorded end (else the stop's end now).
    java.util.Map<String, StopView> firstSeen = new java.util.LinkedHashMap<>();
    java.util.Set<String> endFound = new java.util.HashSet<>();
    jdbc.sql(
            "SELECT c.stop, c.line, c.was_reason, s.category, c.was_started_at, c.was_ended_at,"
                + " s.ended_at FROM stop_correction c JOIN line_stop s ON s.stop = c.stop WHERE"
                + " c.line = ? ORDER BY c.seq")
        .param(line.value())
        .query(
            rs -> {
              String stop = rs.getString(1);
              Instant wasEnded = instant(rs, 6);
              StopView first = firstSeen.get(stop);
              if (first == null) {
                first =
                    new StopView(
                        stop,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs, 5),
                        instant(rs, 7));
              }
              if (wasEnded != null && endFound.add(stop)) {
                first =
                    new StopView(
                        stop,
                        first.line(),
                        first.reason(),
                        first.category(),
                        first.startedAt(),
                        wasEnded);
              }
              firstSeen.put(stop, first);
            });
    for (StopView s : firstSeen.values()) {
      if (s.startedAt().isBefore(to) && (s.endedAt() == null || s.endedAt().isAfter(from))) {
        out.add(s);
      }
    }
    out.sort(java.util.Comparator.comparing(StopView::startedAt));
    return out;
  }

  /** Quantity of the work orders (not cancelled) planned to start in [from, to), per line. */
  public java.util.Map<String, Long> plannedQuantityByLine(Instant from, Instant to) {
    java.util.Map<String, Long> planned = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT line, SUM(quantity) FROM work_order WHERE planned_start >= ?"
                + " AND planned_start < ? AND status <> 'CANCELLED' GROUP BY line")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query(
            rs -> {
              planned.put(rs.getString(1), rs.getLong(2));
            });
    return planned;
  }

  /** How many lots were ever opened. */
  public long lotCount() {
    return jdbc.sql("SELECT COUNT(*) FROM production_lot").query(Long.class).single();
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
