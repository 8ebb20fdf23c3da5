package io.tally.plant.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The nameplate, derived and never typed in: for each line its reference rated rate times the
 * planned busy hours of its calendar's standard year, summed per stage and for the plant. The
 * designed nameplate counts every line; the available one only lines that may take work now.
 */
public record Capacity(
    List<LineCapacity> lines,
    List<StageCapacity> stages,
    long designedNameplate,
    long availableNameplate) {

  public Capacity {
    lines = List.copyOf(lines);
    stages = List.copyOf(stages);
  }

  /** Capacity with each line in the state the plant file declares. */
  public static Capacity of(Plant plant) {
    return of(plant, Line::state);
  }

  /** Capacity with line states from elsewhere (the live state held by the application). */
  public static Capacity of(Plant plant, Function<Line, LineState> stateOf) {
    List<LineCapacity> lines = new ArrayList<>();
    for (Line line : plant.lines()) {
      WorkCalendar cal = plant.calendarOf(line);
      double hours = cal.standardYearHours();
      double rate = line.nameplateRatePerHour();
      String product =
          line.capabilities().isEmpty() ? null : line.capabilities().get(0).product().value();
      LineState state = stateOf.apply(line);
      lines.add(
          new LineCapacity(
              line.id().value(),
              line.stage().value(),
              state.label(),
              product,
              rate,
              hours,
              Math.round(rate * hours),
              state.takesWork()));
    }
    List<StageCapacity> stages = new ArrayList<>();
    for (Stage stage : plant.stages()) {
      List<LineCapacity> of =
          lines.stream().filter(l -> l.stage().equals(stage.id().value())).toList();
      stages.add(
          new StageCapacity(
              stage.id().value(),
              stage.name(),
              of.stream().mapToLong(LineCapacity::nameplate).sum(),
              of.stream()
                  .filter(LineCapacity::available)
                  .mapToLong(LineCapacity::nameplate)
                  .sum()));
    }
    long designed = lines.stream().mapToLong(LineCapacity::nameplate).sum();
    long available =
        lines.stream().filter(LineCapacity::available).mapToLong(LineCapacity::nameplate).sum();
    return new Capacity(lines, stages, designed, available);
  }

  /** One line's share: its reference product, rate, planned busy hours and nameplate. */
  public record LineCapacity(
      String id,
      String stage,
      String state,
      String product,
      double ratedPerHour,
      double plannedBusyHours,
      long nameplate,
      boolean available) {}

  /** One stage's designed and available nameplate. */
  public record StageCapacity(String id, String name, long designed, long available) {}
}
