package io.tally.analytics;

import io.tally.analytics.kpi.Kpis;
import io.tally.analytics.kpi.PeriodRecord;
import io.tally.analytics.kpi.StopPareto;
import io.tally.analytics.kpi.TimeElements;
import io.tally.analytics.kpi.TimeModel;
import io.tally.plant.PlantService;
import io.tally.plant.model.Line;
import io.tally.plant.model.Plant;
import io.tally.plant.model.WorkCalendar;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the plant overview shows: per line today's output against its plan and its OEE today and
 * this month, and the month's stop-reason Pareto. One query for today's output, one for today's
 * plan, and the month's facts read once per line.
 */
@Service
public class PlantToday {
  private final PlantService plant;
  private final LineKpis kpis;
  private final JdbcClient jdbc;
  private final io.tally.execution.ExecutionQueries execution;

  PlantToday(
      PlantService plant,
      LineKpis kpis,
      JdbcClient jdbc,
      io.tally.execution.ExecutionQueries execution) {
    this.plant = plant;
    this.kpis = kpis;
    this.jdbc = jdbc;
    this.execution = execution;
  }

  /** One line's day: output, plan and where the plan comes from, OEE today and this month. */
  public record LineToday(
      String line,
      long good,
      long scrap,
      long plan,
      String planSource,
      Double oeeToday,
      Double oeeMonth) {
    public Double attainment() {
      return plan > 0 ? (double) good / plan : null;
    }
  }

  public record Overview(LocalDate today, List<LineToday> lines, List<LineKpis.ParetoRow> pareto) {}

  public Overview overview() {
    Plant p = plant.plant();
    ZoneId zone = p.site().zone();
    LocalDate today = LocalDate.ofInstant(kpis.now(), zone);
    Timestamp dayStart = Timestamp.from(today.atStartOfDay(zone).toInstant());
    Timestamp dayEnd = Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant());
    Map<String, long[]> output = new HashMap<>();
    jdbc.sql(
            "SELECT line, SUM(good), SUM(scrap) FROM kpi_count WHERE at > ? AND at <= ?"
                + " GROUP BY line")
        .params(dayStart, dayEnd)
        .query(
            rs -> {
              output.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            });
    Map<String, Long> planned =
        execution.plannedQuantityByLine(dayStart.toInstant(), dayEnd.toInstant());
    List<LineToday> rows = new ArrayList<>();
    List<PeriodRecord> month = new ArrayList<>();
    for (Line line : p.lines()) {
      if (line.capabilities().isEmpty()) {
        continue;
      }
      String id = line.id().value();
      List<PeriodRecord> records =
          kpis.records(List.of(id), today.withDayOfMonth(1), today).records();
      month.addAll(records);
      List<PeriodRecord> ofToday =
          records.stream()
              .filter(r -> r.period().localStart().toLocalDate().equals(today))
              .toList();
      long[] out = output.getOrDefault(id, new long[2]);
      Long fromOrders = planned.get(id);
      long plan =
          fromOrders != null
              ? fromOrders
              : Math.round(line.nameplateRatePerHour() * hours(p, line, today));
      rows.add(
          new LineToday(
              id,
              out[0],
              out[1],
              plan,
              fromOrders != null ? "work orders" : "rated rate",
              oee(ofToday),
              oee(records)));
    }
    List<LineKpis.ParetoRow> pareto = LineKpis.ParetoRow.of(p, StopPareto.of(month));
    return new Overview(today, rows, pareto);
  }

  private static double hours(Plant p, Line line, LocalDate day) {
    WorkCalendar c = p.calendarOf(line);
    return c.isWorkingDay(day) ? c.shiftHoursPerDay() : 0;
  }

  private static Double oee(List<PeriodRecord> records) {
    TimeElements t =
        records.stream().map(TimeModel::of).reduce(TimeElements.ZERO, TimeElements::plus);
    return KpiReport.value(Kpis.of(t).oee());
  }
}
