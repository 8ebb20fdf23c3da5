package io.tally.twin.model;

import io.tally.plant.model.CalendarId;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileException;
import io.tally.plant.model.Shift;
import io.tally.plant.model.WorkCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays a scenario's changes over the plant's calendars, reliability figures and working lines (the
 * maps it is given), refusing a change the plant cannot take at the change's file, line and field.
 */
final class ScenarioChanges {
  private final Plant plant;
  private final Map<CalendarId, WorkCalendar> calendars;
  private final Map<LineId, Line.Reliability> reliability;
  private final Map<LineId, Double> activeFrom;
  private final Map<LineId, Line> added;
  private final LocalDateTime t0;

  /**
   * @param activeFrom hours from the start at which each working line starts to work
   * @param added lines the scenario adds, in the order it adds them
   */
  ScenarioChanges(
      Plant plant,
      Map<CalendarId, WorkCalendar> calendars,
      Map<LineId, Line.Reliability> reliability,
      Map<LineId, Double> activeFrom,
      Map<LineId, Line> added,
      LocalDateTime t0) {
    this.plant = plant;
    this.calendars = calendars;
    this.reliability = reliability;
    this.activeFrom = activeFrom;
    this.added = added;
    this.t0 = t0;
  }

  void apply(Scenario.Change change) {
    if (change instanceof Scenario.Operate o) {
      List<Line> of =
          o.line() != null ? List.of(known(o.line(), o.where(), "line")) : plant.linesOf(o.stage());
      if (of.isEmpty()) {
        throw refused(
            o.where(), ".stage", "unknown stage or stage without lines '" + o.stage() + "'");
      }
      double h = hours(o.from());
      of.forEach(l -> activeFrom.merge(l.id(), h, Math::min));
    } else if (change instanceof Scenario.AddLine a) {
      if (plant.findLine(a.id()).isPresent() || added.containsKey(a.id())) {
        throw refused(a.where(), ".id", "line '" + a.id() + "' already exists");
      }
      Line like = known(a.like(), a.where(), "like");
      added.put(
          a.id(),
          new Line(
              a.id(),
              a.id().value(),
              like.stage(),
              like.state(),
              like.calendar(),
              like.capabilities(),
              like.changeoverMinutes(),
              like.reliability()));
      reliability.put(a.id(), reliability.get(like.id()));
      activeFrom.put(a.id(), hours(a.from()));
    } else if (change instanceof Scenario.Reliability r) {
      known(r.line(), r.where(), "line");
      Line.Reliability old = reliability.get(r.line());
      reliability.put(
          r.line(),
          new Line.Reliability(
              r.mtbfHours() == null ? old.mtbfHours() : r.mtbfHours(),
              r.mttrHours() == null ? old.mttrHours() : r.mttrHours(),
              old.failureDistribution(),
              old.shape(),
              old.scrapRate()));
    } else if (change instanceof Scenario.AddShift s) {
      WorkCalendar cal = calendars.get(s.calendar());
      if (cal == null) {
        throw refused(s.where(), ".calendar", "unknown calendar '" + s.calendar() + "'");
      }
      for (Shift other : cal.shifts()) {
        if (other.overlaps(s.shift())) {
          throw refused(
              s.where(),
              ".start",
              "shift '" + s.shift().name() + "' overlaps '" + other.name() + "'");
        }
      }
      List<Shift> shifts = new ArrayList<>(cal.shifts());
      shifts.add(s.shift());
      calendars.put(
          cal.id(),
          new WorkCalendar(
              cal.id(),
              cal.name(),
              shifts,
              cal.workingDays(),
              cal.holidays(),
              cal.standardYearWorkingDays(),
              cal.maintenance(),
              cal.zone()));
    }
  }

  private Line known(LineId id, Scenario.Where where, String field) {
    Line l = added.get(id);
    if (l != null) {
      return l;
    }
    return plant
        .findLine(id)
        .orElseThrow(() -> refused(where, "." + field, "unknown line '" + id + "'"));
  }

  private static PlantFileException refused(Scenario.Where where, String field, String reason) {
    return new PlantFileException(
        List.of(
            new PlantFileException.Problem(
                where.file(), where.line(), where.field() + field, reason)));
  }

  /** Elapsed hours from the start to midnight of a day, both in the site's zone. */
  private double hours(LocalDate date) {
    var zone = plant.site().zone();
    return Duration.between(t0.atZone(zone), date.atStartOfDay(zone)).toSeconds() / 3600.0;
  }
}
