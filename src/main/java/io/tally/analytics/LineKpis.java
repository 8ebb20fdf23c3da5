package io.tally.analytics;

import io.tally.analytics.kpi.CalendarPeriods;
import io.tally.analytics.kpi.Granularity;
import io.tally.analytics.kpi.Kpis;
import io.tally.analytics.kpi.LineFact;
import io.tally.analytics.kpi.NameplateAttainment;
import io.tally.analytics.kpi.Overtime;
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
import io.tally.plant.model.Interval;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * KPIs of lines from execution's facts: each line's calendar shifts in the dates asked are its
 * periods (planned operation), the facts are split into them by the pure KPI core and rolled up.
 * Output outside every shift is overtime: its production time and units are left out of the KPIs
 * and shown beside them, in the bucket where they happened.
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
    return records(lineIds, from, to, asRecorded, versions.history());
  }

  private Records records(
      List<String> lineIds,
      LocalDate from,
      LocalDate to,
      boolean asRecorded,
      PlantVersions.History rules) {
    Instant now = clock.instant();
    // The site's zone as the plant file in force on the first day asked gives it.
    ZoneId zone =
        rules.at(from.atStartOfDay(plant.plant().site().zone()).toInstant()).site().zone();
    List<PeriodRecord> out = new ArrayList<>();
    List<Overtime.Piece> overtime = new ArrayList<>();
    // The days asked, midnight to midnight at the site, up to now: output in them outside every
    // shift is overtime.
    Instant dayStart = from.atStartOfDay(zone).toInstant();
    Instant dayEnd = min(to.plusDays(1).atStartOfDay(zone).toInstant(), now);
    for (Line line : lines(rules, zone, lineIds, from, to)) {
      List<Period> periods = soFar(periods(rules, zone, line.id(), from, to), now);
      Instant start = dayStart;
      Instant end = dayEnd;
      if (!periods.isEmpty()) {
        start = min(start, periods.get(0).start());
        end = max(end, periods.get(periods.size() - 1).end());
      }
      if (!start.isBefore(end)) {
        continue;
      }
      List<LineFact> lineFacts = facts.of(line.id(), start, end, rules, asRecorded);
      List<LineFact> kept = new ArrayList<>(lineFacts.size());
      for (LineFact f : lineFacts) {
        if (!(f instanceof LineFact.CountRecorded c) || inSome(periods, c.at())) {
          kept.add(f);
        }
      }
      Instant asOf = now.isBefore(end) ? (now.isAfter(start) ? now : start) : end;
      out.addAll(PeriodSplitter.split(kept, periods, asOf));
      if (dayStart.isBefore(dayEnd)) {
        overtime.addAll(Overtime.of(lineFacts, periods, new Interval(dayStart, dayEnd), asOf));
      }
    }
    return new Records(out, overtime, zone);
  }

  /** KPIs of the lines per bucket (shift, day, week, month) and in total. */
  public KpiReport report(List<String> lineIds, LocalDate from, LocalDate to, Granularity g) {
    return report(lineIds, from, to, g, false);
  }

  /** KPIs per bucket and in total, as corrected or ({@code asRecorded}) as first recorded. */
  public KpiReport report(
      List<String> lineIds, LocalDate from, LocalDate to, Granularity g, boolean asRecorded) {
    PlantVersions.History rules = versions.history();
    return report(
        records(lineIds, from, to, asRecorded, rules), lineIds, from, to, g, asRecorded, rules);
  }

  /** The report of period records already read (by {@link #records}), per bucket and in total. */
  public KpiReport report(
      Records r, List<String> lineIds, LocalDate from, LocalDate to, Granularity g) {
    return report(r, lineIds, from, to, g, false, versions.history());
  }

  private KpiReport report(
      Records r,
      List<String> lineIds,
      LocalDate from,
      LocalDate to,
      Granularity g,
      boolean asRecorded,
      PlantVersions.History rules) {
    SortedMap<String, TimeElements> buckets = new TreeMap<>(Rollup.elements(r.records(), g));
    SortedMap<String, KpiReport.Overtime> overtime = r.overtime(g);
    // A bucket with overtime and no shift (a Sunday worked) is shown too, with zero planned time.
    overtime.keySet().forEach(label -> buckets.putIfAbsent(label, TimeElements.ZERO));
    List<KpiReport.Bucket> rows = new ArrayList<>();
    List<String> review = new ArrayList<>();
    for (Map.Entry<String, TimeElements> e : buckets.entrySet()) {
      Kpis k = Kpis.of(e.getValue());
      rows.add(
          KpiReport.Bucket.of(
              e.getKey(),
              e.getValue(),
              k,
              overtime.getOrDefault(e.getKey(), KpiReport.Overtime.NONE)));
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
    // Each period against the nameplate of the plant file in force on its day, as its shifts are.
    NameplateAttainment np =
        NameplateAttainment.of(
            r.records(),
            rec -> NameplateAttainment.rate(rules.at(dayStart(rec.period())), rec.period().line()));
    return new KpiReport(
        lineIds.isEmpty() ? List.of("ALL") : lineIds,
        from,
        to,
        g.name(),
        rows,
        KpiReport.Bucket.of("total", total, Kpis.of(total), r.totalOvertime()),
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
    PlantVersions.History rules = versions.history();
    Records r = records(lineIds, from, to, asRecorded, rules);
    // Reason names as the plant file in force on the last day asked gives them.
    Plant names = rules.at(to.atStartOfDay(r.zone()).toInstant());
    List<ParetoRow> out = new ArrayList<>();
    for (StopPareto.Entry e : StopPareto.of(r.records())) {
      String name = names.findStopReason(e.reason().value()).map(s -> s.name()).orElse("");
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

  /** Today at the site. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), plant.plant().site().zone());
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

  /** Midnight at the site of the day a period starts on: when the day's plant file is read. */
  static Instant dayStart(Period p) {
    return p.localStart().toLocalDate().atStartOfDay(p.zone()).toInstant();
  }

  /**
   * The lines asked (all lines that make something when none is named) as the plant files in force
   * on the days asked and today's file know them: a line taken out of the file later still has its
   * past days, one added later has none before it.
   */
  private List<Line> lines(
      PlantVersions.History rules, ZoneId zone, List<String> ids, LocalDate from, LocalDate to) {
    Map<LineId, Line> known = new LinkedHashMap<>();
    plant.plant().lines().forEach(l -> known.put(l.id(), l));
    Set<Plant> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      Plant then = rules.at(d.atStartOfDay(zone).toInstant());
      if (seen.add(then)) {
        then.lines().forEach(l -> known.putIfAbsent(l.id(), l));
      }
    }
    if (ids.isEmpty()) {
      return known.values().stream().filter(l -> !l.capabilities().isEmpty()).toList();
    }
    List<Line> out = new ArrayList<>();
    for (String id : ids) {
      Line l = known.get(new LineId(id));
      if (l == null) {
        throw CommandRejected.notFound("line", "no line '" + id + "'");
      }
      out.add(l);
    }
    return out;
  }

  /** Period records and the overtime: output outside every period, in the site's zone. */
  public record Records(List<PeriodRecord> records, List<Overtime.Piece> overtime, ZoneId zone) {
    /** Units counted outside every period. */
    public long outsidePlannedTime() {
      return overtime.stream().mapToLong(Overtime.Piece::units).sum();
    }

    /** Overtime production time and units per bucket label. */
    SortedMap<String, KpiReport.Overtime> overtime(Granularity g) {
      SortedMap<String, KpiReport.Overtime> out = new TreeMap<>();
      for (Overtime.Piece o : overtime) {
        out.merge(
            g.label(LocalDateTime.ofInstant(o.at(), zone)),
            KpiReport.Overtime.of(o.production(), o.units()),
            KpiReport.Overtime::plus);
      }
      return out;
    }

    KpiReport.Overtime totalOvertime() {
      KpiReport.Overtime t = KpiReport.Overtime.NONE;
      for (Overtime.Piece o : overtime) {
        t = t.plus(KpiReport.Overtime.of(o.production(), o.units()));
      }
      return t;
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

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
