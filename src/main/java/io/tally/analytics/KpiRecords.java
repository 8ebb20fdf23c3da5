package io.tally.analytics;

import io.tally.analytics.kpi.CalendarPeriods;
import io.tally.analytics.kpi.LineFact;
import io.tally.analytics.kpi.Overtime;
import io.tally.analytics.kpi.Period;
import io.tally.analytics.kpi.PeriodRecord;
import io.tally.analytics.kpi.PeriodSplitter;
import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import io.tally.plant.model.Interval;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The period records of lines over dates: each line's calendar shifts in the dates asked are its
 * periods (planned operation), its facts are split into them by the pure KPI core; output outside
 * every shift is overtime. As corrected and as first recorded, in one read of the facts.
 */
@Component
class KpiRecords {
  private final PlantService plant;
  private final LineFacts facts;
  private final Clock clock;

  KpiRecords(PlantService plant, LineFacts facts, Clock clock) {
    this.plant = plant;
    this.facts = facts;
    this.clock = clock;
  }

  /** The records of both bases: {@code [0]} as corrected, {@code [1]} as first recorded. */
  LineKpis.Records[] both(
      List<String> lineIds, LocalDate from, LocalDate to, PlantVersions.History rules) {
    return read(lineIds, from, to, rules, null);
  }

  /** The records as corrected, or ({@code asRecorded}) as first recorded. */
  LineKpis.Records of(
      List<String> lineIds,
      LocalDate from,
      LocalDate to,
      boolean asRecorded,
      PlantVersions.History rules) {
    return read(lineIds, from, to, rules, asRecorded)[0];
  }

  /** One basis ({@code asRecorded} given) or both (null: as corrected, then as recorded). */
  private LineKpis.Records[] read(
      List<String> lineIds,
      LocalDate from,
      LocalDate to,
      PlantVersions.History rules,
      Boolean asRecorded) {
    Instant now = clock.instant();
    // The site's zone as the plant file in force on the first day asked gives it.
    ZoneId zone =
        rules.at(from.atStartOfDay(plant.plant().site().zone()).toInstant()).site().zone();
    int bases = asRecorded == null ? 2 : 1;
    List<List<PeriodRecord>> out = new ArrayList<>();
    List<List<Overtime.Piece>> overtime = new ArrayList<>();
    for (int b = 0; b < bases; b++) {
      out.add(new ArrayList<>());
      overtime.add(new ArrayList<>());
    }
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
        Instant last = periods.get(periods.size() - 1).end();
        end = last.isAfter(end) ? last : end;
      }
      if (!start.isBefore(end)) {
        continue;
      }
      List<List<LineFact>> lineFacts;
      if (asRecorded == null) {
        LineFacts.Both f = facts.both(line.id(), start, end, rules);
        lineFacts = List.of(f.corrected(), f.recorded());
      } else {
        lineFacts = List.of(facts.of(line.id(), start, end, rules, asRecorded));
      }
      Instant asOf = now.isBefore(end) ? (now.isAfter(start) ? now : start) : end;
      for (int b = 0; b < bases; b++) {
        List<LineFact> kept = new ArrayList<>(lineFacts.get(b).size());
        for (LineFact f : lineFacts.get(b)) {
          if (!(f instanceof LineFact.CountRecorded c) || inSome(periods, c.at())) {
            kept.add(f);
          }
        }
        out.get(b).addAll(PeriodSplitter.split(kept, periods, asOf));
        if (dayStart.isBefore(dayEnd)) {
          overtime
              .get(b)
              .addAll(Overtime.of(lineFacts.get(b), periods, new Interval(dayStart, dayEnd), asOf));
        }
      }
    }
    LineKpis.Records[] records = new LineKpis.Records[bases];
    for (int b = 0; b < bases; b++) {
      records[b] = new LineKpis.Records(out.get(b), overtime.get(b), zone);
    }
    return records;
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

  /** The periods up to now: shifts to come left out, the shift under way ending now. */
  private static List<Period> soFar(List<Period> periods, Instant now) {
    List<Period> out = new ArrayList<>(periods.size());
    for (Period q : periods) {
      if (!q.start().isBefore(now)) {
        continue;
      }
      out.add(q.end().isAfter(now) ? q.until(now) : q);
    }
    return out;
  }

  private static boolean inSome(List<Period> periods, Instant at) {
    for (Period p : periods) {
      if (at.isAfter(p.start()) && !at.isAfter(p.end())) {
        return true;
      }
    }
    return false;
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
    Set<Plant> seen = Collections.newSetFromMap(new IdentityHashMap<>());
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

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
