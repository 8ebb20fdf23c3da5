package io.tally.demo;

import io.tally.execution.WorkOrderRequest;
import io.tally.kernel.CommandExecutor;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.ProductCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A working day on the demo's lines: per line a work order, a changeover stop where the line
 * switches product, a run from 06:00 to 22:00 with the shift's counts and stops.
 */
final class DemoLines {
  private static final List<String> LINES = List.of("L1", "L2", "L3", "L4");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final Plant plant;
  private final CommandExecutor executor;
  private final DemoUsers users;
  private final DemoSteps steps;
  private final DemoOperator operator;
  private final DemoShift shift;
  private final Map<String, String> product = new HashMap<>();

  DemoLines(
      Plant plant,
      CommandExecutor executor,
      DemoUsers users,
      DemoSteps steps,
      DemoOperator operator,
      DemoShift shift) {
    this.plant = plant;
    this.executor = executor;
    this.users = users;
    this.steps = steps;
    this.operator = operator;
    this.shift = shift;
  }

  /** Plans working day {@code index}'s work on every line, from {@code six} to {@code end}. */
  void plan(LocalDate day, int index, Instant six, Instant end) {
    for (String lineId : LINES) {
      Line line = plant.line(new LineId(lineId));
      String before = product.get(lineId);
      String make = productFor(line, before, index);
      product.put(lineId, make);
      String order = "WO-" + lineId + "-" + DAY.format(day);
      steps.at(
          six.minusSeconds(1800),
          () ->
              executor.execute(
                  users.actor(DemoUsers.PLANNER),
                  new WorkOrderRequest(order, lineId, make, BigDecimal.valueOf(45_000), six)));
      Instant runStart = six;
      if (before != null && !before.equals(make)) {
        int minutes = line.changeoverMinutes(new ProductCode(before), new ProductCode(make));
        runStart = six.plusSeconds(minutes * 60L);
        shift.stop(lineId, "CHG", six, runStart);
      }
      steps.at(runStart, () -> operator.startRun(lineId, order));
      shift.counts(lineId, runStart, end);
      steps.at(end, () -> operator.endRun(lineId));
    }
  }

  /**
   * L1 and L2 make ball; L3 and L4 switch between tracer and blank every fifth working day, L4 two
   * days after L3, so a changeover happens most weeks on each.
   */
  private String productFor(Line line, String before, int index) {
    List<String> can = line.capabilities().stream().map(c -> c.product().value()).toList();
    if (can.size() == 1 || before == null) {
      return can.get(0);
    }
    int offset = line.id().value().equals("L4") ? 2 : 0;
    return (index + offset) % 5 == 2 ? can.get((can.indexOf(before) + 1) % can.size()) : before;
  }
}
