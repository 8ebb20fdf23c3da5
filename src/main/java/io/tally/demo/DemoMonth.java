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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's days: per working day and line a work order, a run from 06:00 to 22:00 with hourly
 * count reports and random stops (changeovers on the lines that switch products), then quality's
 * decisions, stores and shipments in the evening. Steps of all lines run in time order, each at its
 * simulated time; none later than the real time.
 */
final class DemoMonth {
  private static final List<String> LINES = List.of("L1", "L2", "L3", "L4");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final Plant plant;
  private final DemoUsers users;
  private final CommandExecutor executor;
  private final DemoOperator operator;
  private final DemoQuality quality;
  private final DemoStores stores;
  private final DemoContracts contracts;
  private final DemoDispatch dispatch;
  private final DemoSteps steps;
  private final DemoShift shift;
  private final DemoScrap scrap;
  private final DemoRecall recall;
  private final DemoCorrections corrections;
  private final Map<String, String> product = new HashMap<>();
  private long released;
  private long concessions;
  private boolean heldOne;

  /** The parts of one demo: its users, their commands and the timeline they are planned on. */
  record Crew(
      DemoUsers users,
      DemoOperator operator,
      DemoQuality quality,
      DemoStores stores,
      DemoContracts contracts,
      DemoDispatch dispatch,
      DemoSteps steps,
      DemoScrap scrap,
      DemoRecall recall,
      DemoCorrections corrections) {}

  DemoMonth(Plant plant, CommandExecutor executor, Crew crew, long seed) {
    this.plant = plant;
    this.users = crew.users();
    this.executor = executor;
    this.operator = crew.operator();
    this.quality = crew.quality();
    this.stores = crew.stores();
    this.contracts = crew.contracts();
    this.dispatch = crew.dispatch();
    this.steps = crew.steps();
    this.shift = new DemoShift(seed, steps, operator);
    this.scrap = crew.scrap();
    this.recall = crew.recall();
    this.corrections = crew.corrections();
  }

  DemoSummary run(LocalDate first, Instant realNow) {
    Instant start = first.atStartOfDay().toInstant(ZoneOffset.UTC);
    steps.at(start.plusSeconds(4 * 3600), () -> contracts.contracts(first, realNow));
    LocalDate today = LocalDate.ofInstant(realNow, ZoneOffset.UTC);
    int working = 0;
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      if (!plant.calendarOf(plant.line(new LineId("L1"))).isWorkingDay(day)) {
        continue;
      }
      planDay(day, working++);
    }
    steps.runUntil(realNow);
    return new DemoSummary(
        operator.runs(),
        operator.counts(),
        operator.stops(),
        stores.lots(),
        released,
        concessions,
        stores.componentLots(),
        dispatch.shipments());
  }

  private void planDay(LocalDate day, int index) {
    Instant six = day.atTime(6, 0).toInstant(ZoneOffset.UTC);
    Instant end = day.atTime(22, 0).toInstant(ZoneOffset.UTC);
    if (index % 5 == 0) {
      steps.at(six.minusSeconds(3600), () -> stores.receive(day));
    }
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
    steps.alone(end.plusSeconds(600), () -> decideLots(index));
    steps.at(end.plusSeconds(1200), () -> scrap.monthly(day, index));
    corrections.plan(day, index);
    if (index % 5 == 1) {
      steps.at(end.plusSeconds(1800), () -> dispatch.shipWeek(day));
    }
    if (index == DemoRecall.DAY_INDEX) {
      steps.alone(end.plusSeconds(2700), () -> recall.run(day));
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

  /**
   * The evening's decisions: every closed lot inspected; from the second day on, the first lot of
   * line 2 (interfix 002) is found defective once, held, and released by concession.
   */
  private void decideLots(int dayIndex) {
    for (String lot : quality.queue()) {
      boolean reject = !heldOne && dayIndex >= 1 && lot.contains("002-");
      String status = quality.inspect(lot, reject);
      if ("HELD".equals(status)) {
        heldOne = true;
        status = quality.concession(lot, "defects cosmetic only; fit for use (demo)");
        concessions++;
      }
      if ("RELEASED".equals(status)) {
        released++;
        stores.consume(lot).ifPresent(dispatch::offer);
      }
    }
  }
}
