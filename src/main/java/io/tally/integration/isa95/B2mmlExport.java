package io.tally.integration.isa95;

import io.tally.plant.PlantService;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes what Tally holds as B2MML V0600 documents for a span of days in plant time (both days
 * included), read from the projections and written to the stream as they are read:
 *
 * <ul>
 *   <li>{@link #schedule}: the accepted plan as a {@code ProductionSchedule}, one {@code
 *       ProductionRequest} per planned job. A later acceptance replaces the plan from its first day
 *       on, so each day shows the plan last accepted for it.
 *   <li>{@link #performance}: the runs as a {@code ProductionPerformance}, one {@code
 *       ProductionResponse} per run and in it one {@code SegmentResponse} per lot with its actual
 *       times, line, good rounds produced ({@code MaterialProducedActual} with the lot id), scrap,
 *       and the component lots consumed ({@code MaterialConsumedActual}).
 *   <li>{@link #lots}: a {@code MaterialInformation} of the finished lots opened in the span, each
 *       a {@code MaterialLot} with its packaging units as {@code MaterialSubLot}s and its genealogy
 *       (component lots consumed, the lot a rework lot came from) as {@code AssemblyLotID}s.
 * </ul>
 */
@Service
public class B2mmlExport {
  /** What to export. */
  public enum What {
    SCHEDULE,
    PERFORMANCE,
    LOTS
  }

  private final JdbcClient jdbc;
  private final PlantService plant;
  private final Clock clock;

  B2mmlExport(JdbcClient jdbc, PlantService plant, Clock clock) {
    this.jdbc = jdbc;
    this.plant = plant;
    this.clock = clock;
  }

  /** Writes the document for {@code what}; the caller closes {@code out}. */
  public void write(What what, LocalDate from, LocalDate to, OutputStream out) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: " + to + " is before from " + from);
    }
    if (from.plusYears(5).isBefore(to)) {
      throw new IllegalArgumentException(
          "to: a span of at most 5 years, was " + from + " to " + to);
    }
    try (B2mml x = new B2mml(out)) {
      switch (what) {
        case SCHEDULE -> schedule(x, from, to);
        case PERFORMANCE -> performance(x, from, to);
        case LOTS -> lots(x, from, to);
      }
      x.finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing B2MML failed: " + e.getMessage(), e);
    }
  }

  private ZoneId zone() {
    return plant.plant().site().zone();
  }

  private OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(zone()).toOffsetDateTime();
  }

  private String site() {
    return plant.plant().site().id();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(zone()));
  }

  private void header(B2mml x, String root, String id) throws XMLStreamException {
    x.root(root);
    x.leaf("ID", id);
    x.start("HierarchyScope").leaf("EquipmentID", site()).leaf("EquipmentElementLevel", "Site");
    x.end();
    x.leaf("PublishedDate", now());
  }

  // ---- ProductionSchedule --------------------------------------------------------------------

  private record Accepted(String id, LocalDate from) {}

  private void schedule(B2mml x, LocalDate from, LocalDate to) throws XMLStreamException {
    header(x, "ProductionSchedule", site() + "/schedule/" + from + "/" + to);
    x.leaf("StartTime", startOf(from)).leaf("EndTime", startOf(to.plusDays(1)));
    x.leaf("EquipmentElementLevel", "Site");
    List<Accepted> accepted =
        jdbc.sql("SELECT id, from_date FROM schedule_accepted ORDER BY ledger_seq")
            .query((rs, n) -> new Accepted(rs.getString(1), rs.getObject(2, LocalDate.class)))
            .list();
    // A schedule rules from its first day until the first day of a later acceptance.
    LocalDate[] until = new LocalDate[accepted.size()];
    LocalDate next = LocalDate.MAX;
    for (int i = accepted.size() - 1; i >= 0; i--) {
      until[i] = next;
      if (accepted.get(i).from().isBefore(next)) {
        next = accepted.get(i).from();
      }
    }
    LocalDate end = to.plusDays(1);
    for (int i = 0; i < accepted.size(); i++) {
      Accepted a = accepted.get(i);
      LocalDate lo = a.from().isAfter(from) ? a.from() : from;
      LocalDate hi = until[i].isBefore(end) ? until[i] : end;
      if (!lo.isBefore(hi)) {
        continue;
      }
      List<Job> jobs =
          jdbc.sql(
                  "SELECT j.position, j.work_order, j.order_id, j.line, j.product, j.quantity,"
                      + " j.start_at, j.end_at, o.customer, o.priority, o.due"
                      + " FROM schedule_job j LEFT JOIN customer_order o ON o.id = j.order_id"
                      + " WHERE j.schedule_id = ? AND j.start_at >= ? AND j.start_at < ?"
                      + " ORDER BY j.start_at, j.position")
              .params(a.id(), lo.atStartOfDay(), hi.atStartOfDay())
              .query((rs, n) -> job(rs))
              .list();
      for (Job j : jobs) {
        request(x, a.id(), j);
      }
    }
    x.leaf("ScheduleState", "Released");
    x.end();
  }

  private record Job(
      int position,
      @Nullable String workOrder,
      String order,
      String line,
      String product,
      long quantity,
      LocalDateTime start,
      LocalDateTime end,
      @Nullable String customer,
      @Nullable Integer priority,
      @Nullable LocalDate due) {}

  private static Job job(ResultSet rs) throws SQLException {
    int priority = rs.getInt(10);
    return new Job(
        rs.getInt(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getObject(7, LocalDateTime.class),
        rs.getObject(8, LocalDateTime.class),
        rs.getString(9),
        rs.wasNull() ? null : priority,
        rs.getObject(11, LocalDate.class));
  }

  private void request(B2mml x, String schedule, Job j) throws XMLStreamException {
    OffsetDateTime start = j.start().atZone(zone()).toOffsetDateTime();
    OffsetDateTime end = j.end().atZone(zone()).toOffsetDateTime();
    x.start("ProductionRequest");
    x.leaf("ID", j.workOrder() != null ? j.workOrder() : schedule + "/" + j.position());
    x.leaf("Description", "order " + j.order() + " in schedule " + schedule);
    x.scope(j.line(), "ProductionLine");
    x.leaf("StartTime", start).leaf("EndTime", end);
    x.leaf("Priority", j.priority());
    x.start("SegmentRequirement");
    x.leaf("ID", j.order());
    x.leaf("EarliestStartTime", start).leaf("LatestEndTime", end);
    if (j.customer() != null) {
      parameter(x, "customer", j.customer());
    }
    if (j.due() != null) {
      parameter(x, "due", j.due().toString());
    }
    x.start("EquipmentRequirement").leaf("EquipmentID", j.line()).end();
    x.start("MaterialProducedRequirement").leaf("MaterialDefinitionID", j.product());
    x.quantity(j.quantity()).end();
    x.end();
    x.leaf("RequestState", "Released");
    x.end();
  }

  static void parameter(B2mml x, String id, String value) throws XMLStreamException {
    x.start("ProductionParameter").start("Parameter").leaf("ID", id);
    x.start("Value").leaf("ValueString", value).leaf("DataType", "string").end();
    x.end().end();
  }

  // ---- ProductionPerformance -----------------------------------------------------------------

  private record Lot(
      String run,
      @Nullable String workOrder,
      String runLine,
      OffsetDateTime runStart,
      @Nullable OffsetDateTime runEnd,
      @Nullable String lot,
      @Nullable String product,
      @Nullable String status,
      long good,
      long scrap,
      @Nullable OffsetDateTime opened,
      @Nullable OffsetDateTime closed) {}

  private void performance(B2mml x, LocalDate from, LocalDate to) throws XMLStreamException {
    header(x, "ProductionPerformance", site() + "/performance/" + from + "/" + to);
    x.leaf("StartTime", startOf(from)).leaf("EndTime", startOf(to.plusDays(1)));
    x.leaf("EquipmentElementLevel", "Site");
    List<Lot> lots =
        jdbc.sql(
                "SELECT r.run, r.work_order, r.line, r.started_at, r.ended_at, l.lot, l.product,"
                    + " l.status, l.good, l.scrap, l.opened_at, l.closed_at"
                    + " FROM production_run r LEFT JOIN production_lot l ON l.run = r.run"
                    + " WHERE r.started_at < ? AND (r.ended_at IS NULL OR r.ended_at >= ?)"
                    + " ORDER BY r.started_at, r.run, l.opened_at, l.lot")
            .params(startOf(to.plusDays(1)), startOf(from))
            .query(
                (rs, n) ->
                    new Lot(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getObject(11, OffsetDateTime.class),
                        rs.getObject(12, OffsetDateTime.class)))
            .list();
    @Nullable String open = null;
    for (int i = 0; i < lots.size(); i++) {
      Lot l = lots.get(i);
      if (!l.run().equals(open)) {
        if (open != null) {
          x.end();
        }
        open = l.run();
        x.start("ProductionResponse");
        x.leaf("ID", l.run());
        x.leaf("ProductionRequestID", l.workOrder());
        x.scope(l.runLine(), "ProductionLine");
        x.leaf("StartTime", at(l.runStart())).leaf("EndTime", at(l.runEnd()));
      }
      if (l.lot() != null) {
        segment(x, l);
      }
      if (i == lots.size() - 1 || !lots.get(i + 1).run().equals(open)) {
        x.leaf("ResponseState", l.runEnd() == null ? "Running" : "Completed");
      }
    }
    if (open != null) {
      x.end();
    }
    x.end();
  }

  private void segment(B2mml x, Lot l) throws XMLStreamException {
    x.start("SegmentResponse");
    x.leaf("ID", l.lot());
    x.leaf("Description", "lot " + l.lot() + " of run " + l.run());
    x.leaf("ActualStartTime", at(l.opened())).leaf("ActualEndTime", at(l.closed()));
    x.start("ProductionData").leaf("ID", "scrap");
    x.start("Value").leaf("ValueString", l.scrap()).leaf("DataType", "integer");
    x.leaf("UnitOfMeasure", B2mml.UNIT).end().end();
    x.start("EquipmentActual").leaf("EquipmentID", l.runLine()).end();
    x.start("MaterialProducedActual");
    x.leaf("MaterialDefinitionID", l.product()).leaf("MaterialLotID", l.lot());
    x.quantity(l.good()).end();
    for (Consumed c : consumed(l.lot())) {
      x.start("MaterialConsumedActual");
      x.leaf("MaterialDefinitionID", c.component()).leaf("MaterialLotID", c.componentLot());
      x.quantity(c.quantity()).end();
    }
    x.leaf("SegmentState", "OPEN".equals(l.status()) ? "Running" : "Completed");
    x.end();
  }

  private record Consumed(String componentLot, String component, long quantity) {}

  private List<Consumed> consumed(@Nullable String lot) {
    return jdbc.sql(
            "SELECT c.component_lot, k.component, SUM(c.quantity) FROM consumption c"
                + " JOIN component_lot k ON k.component_lot = c.component_lot WHERE c.lot = ?"
                + " GROUP BY c.component_lot, k.component HAVING SUM(c.quantity) <> 0"
                + " ORDER BY c.component_lot")
        .param(lot)
        .query((rs, n) -> new Consumed(rs.getString(1), rs.getString(2), rs.getLong(3)))
        .list();
  }

  private @Nullable OffsetDateTime at(@Nullable OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(zone()).toOffsetDateTime();
  }

  // ---- MaterialInformation: lots and genealogy -----------------------------------------------

  private record FinishedLot(
      String lot,
      String product,
      @Nullable String line,
      @Nullable String parent,
      @Nullable String status,
      long quantity) {}

  private void lots(B2mml x, LocalDate from, LocalDate to) throws XMLStreamException {
    header(x, "MaterialInformation", site() + "/lots/" + from + "/" + to);
    List<FinishedLot> lots = new ArrayList<>();
    jdbc.sql(
            "SELECT l.lot, l.product, l.line, f.status, l.good FROM production_lot l"
                + " LEFT JOIN finished_lot f ON f.lot = l.lot"
                + " WHERE l.opened_at >= ? AND l.opened_at < ? ORDER BY l.opened_at, l.lot")
        .params(startOf(from), startOf(to.plusDays(1)))
        .query(
            rs -> {
              lots.add(
                  new FinishedLot(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      null,
                      rs.getString(4),
                      rs.getLong(5)));
            });
    // Rework lots, made from a lot of the span.
    jdbc.sql(
            "SELECT f.lot, f.product, f.line, f.parent_lot, f.status,"
                + " (SELECT COALESCE(SUM(s.quantity), 0) FROM finished_stock s WHERE s.lot = f.lot)"
                + " FROM finished_lot f JOIN production_lot p ON p.lot = f.parent_lot"
                + " WHERE p.opened_at >= ? AND p.opened_at < ? ORDER BY f.opened_seq")
        .params(startOf(from), startOf(to.plusDays(1)))
        .query(
            rs -> {
              lots.add(
                  new FinishedLot(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getLong(6)));
            });
    for (FinishedLot l : lots) {
      lot(x, l);
    }
    x.end();
  }

  private void lot(B2mml x, FinishedLot l) throws XMLStreamException {
    x.start("MaterialLot");
    x.leaf("ID", l.lot());
    if (l.line() != null) {
      x.scope(l.line(), "ProductionLine");
    }
    x.leaf("MaterialDefinitionID", l.product());
    x.leaf("Status", l.status());
    List<Object[]> units =
        jdbc.sql(
                "SELECT u.sscc, u.level, u.state, u.location, c.quantity FROM unit_content c"
                    + " JOIN packaging_unit u ON u.sscc = c.sscc"
                    + " WHERE c.lot = ? AND u.parent IS NULL ORDER BY u.sscc")
            .param(l.lot())
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getLong(5)
                    })
            .list();
    for (Object[] u : units) {
      x.start("MaterialSubLot");
      x.leaf("ID", u[0]).leaf("Description", u[1]).leaf("Status", u[2]);
      x.leaf("StorageLocation", u[3]);
      x.quantity((Long) u[4]);
      x.leaf("MaterialLotID", l.lot());
      x.end();
    }
    x.quantity(l.quantity());
    List<Consumed> consumed = consumed(l.lot());
    for (Consumed c : consumed) {
      x.start("AssemblyLotID");
      x.leaf("ID", c.componentLot()).leaf("MaterialDefinitionID", c.component());
      x.quantity(c.quantity()).end();
    }
    if (l.parent() != null) {
      x.start("AssemblyLotID").leaf("ID", l.parent()).leaf("MaterialDefinitionID", l.product());
      x.end();
    }
    if (!consumed.isEmpty() || l.parent() != null) {
      x.leaf("AssemblyType", "Physical").leaf("AssemblyRelationship", "Permanent");
    }
    x.end();
  }
}
