package io.tally.analytics;

import io.tally.analytics.kpi.CalendarPeriods;
import io.tally.analytics.kpi.Granularity;
import io.tally.analytics.kpi.Kpis;
import io.tally.analytics.kpi.LineFact;
import io.tally.analytics.kpi.NameplateAttainment;
import io.tally.analytics.kpi.Period;
import io.tally.analytics.kpi.PeriodRecord;
import io.tally.analytics.kpi.PeriodSplitter;
import io.tally.analytics.kpi.Rollup;
import io.tally.analytics.kpi.Stop;
import io.tally.analytics.kpi.StopPareto;
import io.tally.analytics.kpi.TimeElements;
import io.tally.analytics.kpi.TimeModel;
import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.springframework.stereotype.Service;

/**
 * KPIs of lines from execution's facts: each line's calendar shifts in the dates asked are its
 * periods (planned operation), the facts are split into them by the pure KPI core and rolled up.
 * Counts made outside every shift are left out of the KPIs and reported apart.
 */
@Service
public class LineKpis {
  private final PlantService plant;
  private final LineFacts facts;
  private final PlantVersions versions;
  private final Clock clock;

  LineKpis(PlantService plant, LineFacts facts, PlantVersions versions, Clock clock) {
    this.plant = plant;
    this.facts = facts;
    this.versions = versions;
    this.clock = clock;
  }

  /**
   * The period records of some lines (all lines of stage production when empty), dates [from, to].
   */
  public Records records(List<String> lineIds, LocalDate from, LocalDate to) {
    return records(lineIds, from, to, false);
  }

  /**
   * The period records, from counts and stops as corrected, or ({@code asRecorded}) as first
   * recorded.
   */
  public Records records(List<String> lineIds, LocalDate from, LocalDate to, boolean asRecorded) {
    Plant p = plant.plant();
    Instant now = clock.instant();
    PlantVersions.History rules = versions.history();
    List<PeriodRecord> out = new ArrayList<>();
    long outside = 0;
    for (Line line : lines(p, lineIds)) {
      List<Period> periods = soFar(periods(rules, p.site().zone(), line.id(), from, to), now);
      if (periods.isEmpty()) {
        continue;
      }
      Instant start = periods.get(0).start();
      Instant end = periods.get(periods.size() - 1).end();
      List<LineFact> lineFacts = facts.of(line.id(), start, end, rules, asRecorded);
      List<LineFact> kept = new ArrayList<>(lineFacts.size());
      for (LineFact f : lineFacts) {
        if (f instanceof LineFact.CountRecorded c && !inSome(periods, c.at())) {
          outside += c.good() + c.scrap();
        } else {
          kept.add(f);
        }
      }
      Instant asOf = now.isBefore(end) ? (now.isAfter(start) ? now : start) : end;
      out.addAll(PeriodSplitter.split(kept, periods, asOf));
    }
    return new Records(out, outside);
  }

  /** KPIs of the lines per bucket (shift, day, week, month) and in total. */
  public KpiReport report(List<String> lineIds, LocalDate from, LocalDate to, Granularity g) {
    return report(lineIds, from, to, g, false);
  }

  /** KPIs per bucket and in total, as corrected or ({@code asRecorded}) as first recorded. */
  public KpiReport report(
      List<String> lineIds, LocalDate from, LocalDate to, Granularity g, boolean asRecorded) {
    Records r = records(lineIds, from, to, asRecorded);
    SortedMap<String, TimeElements> buckets = Rollup.elements(r.records(), g);
    List<KpiReport.Bucket> rows = new ArrayList<>();
    List<String> review = new ArrayList<>();
    for (Map.Entry<String, TimeElements> e : buckets.entrySet()) {
      Kpis k = Kpis.of(e.getValue());
      rows.add(KpiReport.Bucket.of(e.getKey(), e.getValue(), k));
      if (k.effectivenessAboveRated()) {
        review.add(
            e.getKey()
                + ": effectiveness "
                + Math.round(k.effectiveness().getAsDouble() * 1000) / 10.0
                + " %, above the rated rate; check the rate, the counts and the times");
      }
    }
    for (PeriodRecord rec : r.records()) {
      for (Stop s : TimeModel.unplannedPlannedStops(rec)) {
        review.add(
            rec.period().line()
                + " stop "
                + s.reason()
                + " from "
                + s.span().start()
                + ": coded planned, but no planned downtime was in the calendar; counted as"
                + " unplanned");
      }
    }
    TimeElements total = sum(r.records());
    NameplateAttainment np = NameplateAttainment.of(plant.plant(), r.records());
    return new KpiReport(
        lineIds.isEmpty() ? List.of("ALL") : lineIds,
        from,
        to,
        g.name(),
        rows,
        KpiReport.Bucket.of("total", total, Kpis.of(total)),
        new KpiReport.Nameplate(
            np.good(), np.produced(), np.nameplate(), KpiReport.value(np.attainment())),
        r.outsidePlannedTime(),
        review,
        asRecorded ? "AS_RECORDED" : "AS_CORRECTED",
        null);
  }

  /** The stop reasons of the lines ranked by lost time, most first. */
  public List<ParetoRow> pareto(List<String> lineIds, LocalDate from, LocalDate to) {
    return pareto(lineIds, from, to, false);
  }

  /** The Pareto from stops as corrected or ({@code asRecorded}) as first recorded. */
  public List<ParetoRow> pareto(
      List<String> lineIds, LocalDate from, LocalDate to, boolean asRecorded) {
    List<ParetoRow> out = new ArrayList<>();
    for (StopPareto.Entry e : StopPareto.of(records(lineIds, from, to, asRecorded).records())) {
      String name = plant.plant().findStopReason(e.reason().value()).map(s -> s.name()).orElse("");
      out.add(
          new ParetoRow(
              e.reason().value(),
              name,
              e.category().name(),
              e.duration().toSeconds() / 3600.0,
              e.stops(),
              e.share(),
              e.cumulativeShare()));
    }
    return out;
  }

  public Instant now() {
    return clock.instant();
  }

  /**
   * A line's shifts on the days [from, to], each day's from the calendar of the plant file in force
   * at the start of that day (midnight at the site): a plant file loaded later does not move the
   * shifts of days already past. A day on which the line was not in the plant file has no shifts.
   */
  private static List<Period> periods(
      PlantVersions.History rules, ZoneId zone, LineId line, LocalDate from, LocalDate to) {
    List<Period> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      Plant then = rules.at(d.atStartOfDay(zone).toInstant());
      Optional<Line> l = then.findLine(line);
      if (l.isPresent()) {
        out.addAll(CalendarPeriods.shifts(then.calendarOf(l.get()), line, d, d.plusDays(1)));
      }
    }
    return out;
  }

  /**
   * The periods up to now: shifts still to come are left out and the shift under way ends now, so
   * today's figures are those of the time so far, not diluted by hours that have not happened.
   */
  private static List<Period> soFar(List<Period> periods, Instant now) {
    List<Period> out = new ArrayList<>(periods.size());
    for (Period q : periods) {
      if (!q.start().isBefore(now)) {
        continue;
      }
      if (q.end().isAfter(now)) {
        out.add(q.until(now));
      } else {
        out.add(q);
      }
    }
    return out;
  }

  private static TimeElements sum(List<PeriodRecord> records) {
    return records.stream().map(TimeModel::of).reduce(TimeElements.ZERO, TimeElements::plus);
  }

  private static boolean inSome(List<Period> periods, Instant at) {
    for (Period p : periods) {
      if (at.isAfter(p.start()) && !at.isAfter(p.end())) {
        return true;
      }
    }
    return false;
  }

  private static List<Line> lines(Plant p, List<String> ids) {
    if (ids.isEmpty()) {
      return p.lines().stream().filter(l -> !l.capabilities().isEmpty()).toList();
    }
    List<Line> out = new ArrayList<>();
    for (String id : ids) {
      out.add(
          p.findLine(new LineId(id))
              .orElseThrow(() -> CommandRejected.notFound("line", "no line '" + id + "'")));
    }
    return out;
  }

  /** Period records and the units counted outside every period. */
  public record Records(List<PeriodRecord> records, long outsidePlannedTime) {}

  /** One row of the stop-reason Pareto: hours lost, stops, share and cumulative share. */
  public record ParetoRow(
      String reason,
      String name,
      String category,
      double hours,
      long stops,
      double share,
      double cumulativeShare) {
    static List<ParetoRow> of(Plant plant, List<StopPareto.Entry> entries) {
      List<ParetoRow> out = new ArrayList<>();
      for (StopPareto.Entry e : entries) {
        out.add(
            new ParetoRow(
                e.reason().value(),
                plant.findStopReason(e.reason().value()).map(s -> s.name()).orElse(""),
                e.category().name(),
                e.duration().toSeconds() / 3600.0,
                e.stops(),
                e.share(),
                e.cumulativeShare()));
      }
      return out;
    }
  }
}
