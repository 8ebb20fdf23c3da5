package io.tally.twin.model;

import io.tally.plant.model.CalendarId;
import io.tally.plant.model.Capacity;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileException;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.Shift;
import io.tally.plant.model.WorkCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plant with a scenario laid over it, compiled for simulation: the lines that work in the
 * horizon (those whose state takes work, and those the scenario brings in from a date).
 */
public final class TwinPlant {
  static final double HOURS_PER_YEAR = 8760;

  final List<TwinLine> lines;
  final int repairCrew;
  final double horizon;
  private final int years;
  private final long nameplate;

  private TwinPlant(List<TwinLine> lines, int repairCrew, int years, long nameplate) {
    this.lines = List.copyOf(lines);
    this.repairCrew = repairCrew;
    this.years = years;
    this.horizon = years * HOURS_PER_YEAR;
    this.nameplate = nameplate;
  }

  public int years() {
    return years;
  }

  public List<String> lineIds() {
    return lines.stream().map(l -> l.id).toList();
  }

  /** The plant file's derived nameplate that may take work now, the default output target. */
  public long nameplate() {
    return nameplate;
  }

  /**
   * Compiles a plant under a scenario for a horizon of whole years of 8,760 h from a start date.
   *
   * @throws PlantFileException naming the scenario's file, line and field of a change the plant
   *     cannot take
   */
  public static TwinPlant compile(Plant plant, Scenario scenario, LocalDate start, int years) {
    if (years < 1 || years > 50) {
      throw new IllegalArgumentException("years must be 1 to 50, got " + years);
    }
    LocalDateTime t0 = start.atStartOfDay();
    double horizon = years * HOURS_PER_YEAR;
    Map<CalendarId, WorkCalendar> calendars = new HashMap<>();
    plant.calendars().forEach(c -> calendars.put(c.id(), c));
    Map<LineId, Line.Reliability> reliability = new HashMap<>();
    Map<LineId, Double> activeFrom = new LinkedHashMap<>();
    Map<LineId, Line> added = new LinkedHashMap<>();
    for (Line l : plant.lines()) {
      reliability.put(l.id(), l.reliability());
      if (l.state().takesWork()) {
        activeFrom.put(l.id(), 0.0);
      }
    }
    for (Scenario.Change c : scenario.changes()) {
      apply(c, plant, calendars, reliability, activeFrom, added, t0);
    }
    List<Line> all = new ArrayList<>(plant.lines());
    all.addAll(added.values());
    List<TwinLine> lines = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Line l = all.get(i);
      Double from = activeFrom.get(l.id());
      if (from == null || from >= horizon) {
        continue;
      }
      ShiftTable table =
          ShiftTable.of(calendars.get(l.calendar()), l.id(), t0, horizon, Math.max(0, from));
      lines.add(compileLine(plant, l, i, reliability.get(l.id()), table, horizon));
    }
    return new TwinPlant(
        lines, plant.site().repairCrew(), years, Capacity.of(plant).availableNameplate());
  }

  private static void apply(
      Scenario.Change change,
      Plant plant,
      Map<CalendarId, WorkCalendar> calendars,
      Map<LineId, Line.Reliability> reliability,
      Map<LineId, Double> activeFrom,
      Map<LineId, Line> added,
      LocalDateTime t0) {
    if (change instanceof Scenario.Operate o) {
      List<Line> of =
          o.line() != null
              ? List.of(known(plant, added, o.line(), o.where(), "line"))
              : plant.linesOf(o.stage());
      if (of.isEmpty()) {
        throw refused(
            o.where(), ".stage", "unknown stage or stage without lines '" + o.stage() + "'");
      }
      double h = hours(t0, o.from());
      of.forEach(l -> activeFrom.merge(l.id(), h, Math::min));
    } else if (change instanceof Scenario.AddLine a) {
      if (plant.findLine(a.id()).isPresent() || added.containsKey(a.id())) {
        throw refused(a.where(), ".id", "line '" + a.id() + "' already exists");
      }
      Line like = known(plant, added, a.like(), a.where(), "like");
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
      activeFrom.put(a.id(), hours(t0, a.from()));
    } else if (change instanceof Scenario.Reliability r) {
      known(plant, added, r.line(), r.where(), "line");
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
              cal.maintenance()));
    }
  }

  private static Line known(
      Plant plant, Map<LineId, Line> added, LineId id, Scenario.Where where, String field) {
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

  private static double hours(LocalDateTime t0, LocalDate date) {
    return Duration.between(t0, date.atStartOfDay()).toSeconds() / 3600.0;
  }

  private static TwinLine compileLine(
      Plant plant, Line l, int index, Line.Reliability rel, ShiftTable table, double horizon) {
    int n = l.capabilities().size();
    double[] cycle = new double[n];
    long[] lot = new long[n];
    double[][] changeover = new double[n][n];
    for (int i = 0; i < n; i++) {
      Line.Capability c = l.capabilities().get(i);
      cycle[i] = 1 / c.ratedPerHour();
      lot[i] = plant.product(c.product()).lotSize();
      for (int j = 0; j < n; j++) {
        ProductCode to = l.capabilities().get(j).product();
        changeover[i][j] = l.changeoverMinutes(c.product(), to) / 60.0;
      }
    }
    return new TwinLine(l.id().value(), index, cycle, lot, changeover, rel, table, horizon);
  }
}
