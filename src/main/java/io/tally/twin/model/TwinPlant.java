package io.tally.twin.model;

import io.tally.plant.model.CalendarId;
import io.tally.plant.model.Capacity;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileException;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.WorkCalendar;
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
final class TwinPlant {
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

  int years() {
    return years;
  }

  /** The plant file's derived nameplate that may take work now, the default output target. */
  long nameplate() {
    return nameplate;
  }

  /**
   * Compiles a plant under a scenario for a horizon of whole years of 8,760 h from a start date.
   *
   * @throws PlantFileException naming the scenario's file, line and field of a change the plant
   *     cannot take
   */
  static TwinPlant compile(Plant plant, Scenario scenario, LocalDate start, int years) {
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
    ScenarioChanges changes =
        new ScenarioChanges(plant, calendars, reliability, activeFrom, added, t0);
    scenario.changes().forEach(changes::apply);
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
