package io.tally.analytics;

import io.tally.analytics.kpi.Granularity;
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
import org.jspecify.annotations.Nullable;
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
  private final PlantVersions versions;

  PlantToday(
      PlantService plant,
      LineKpis kpis,
      JdbcClient jdbc,
      io.tally.execution.ExecutionQueries execution,
      PlantVersions versions) {
    this.versions = versions;
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

  /**
   * The overview: per line today's output and OEE, the month's Pareto, and the plant's figures of
   * today and of the month so far after quality's decisions ({@code todayFigures} null before the
   * first shift of the day) with what is flagged for review.
   */
  public record Overview(
      LocalDate today,
      List<LineToday> lines,
      List<LineKpis.ParetoRow> pareto,
      KpiReport.@Nullable Bucket todayFigures,
      KpiReport.Bucket monthFigures,
      List<String> review) {}

  public Overview overview() {
    ZoneId zone = plant.plant().site().zone();
    LocalDate today = LocalDate.ofInstant(kpis.now(), zone);
    // Today's lines, calendars and rates are those of the plant file in force since midnight, as
    // the KPIs read them; a file loaded during the day applies from tomorrow.
    Plant p = versions.history().at(today.atStartOfDay(zone).toInstant());
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
    // The month's facts of every line, read once: the lines' OEE, the plant's figures, the Pareto.
    LocalDate first = today.withDayOfMonth(1);
    LineKpis.Records monthRecords = kpis.records(List.of(), first, today);
    List<PeriodRecord> month = monthRecords.records();
    KpiReport report = kpis.report(monthRecords, List.of(), first, today, Granularity.DAY);
    for (Line line : p.lines()) {
      if (line.capabilities().isEmpty()) {
        continue;
      }
      String id = line.id().value();
      List<PeriodRecord> records =
          month.stream().filter(r -> r.period().line().equals(line.id())).toList();
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
    KpiReport.Bucket todayFigures =
        report.buckets().stream()
            .filter(b -> b.label().equals(today.toString()))
            .findFirst()
            .orElse(null);
    return new Overview(today, rows, pareto, todayFigures, report.total(), report.review());
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
