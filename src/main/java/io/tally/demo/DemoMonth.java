package io.tally.demo;

import io.tally.kernel.CommandExecutor;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The demo's days: per working day and line a work order, a run from 06:00 to 22:00 with hourly
 * count reports and random stops (changeovers on the lines that switch products), then quality's
 * decisions, stores and shipments in the evening. Steps of all lines run in time order, each at its
 * simulated time; none later than the real time.
 */
final class DemoMonth {
  private final Plant plant;
  private final DemoOperator operator;
  private final DemoQuality quality;
  private final DemoStores stores;
  private final DemoContracts contracts;
  private final DemoDispatch dispatch;
  private final DemoSteps steps;
  private final DemoLines lines;
  private final DemoScrap scrap;
  private final DemoRecall recall;
  private final DemoCorrections corrections;
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
    this.operator = crew.operator();
    this.quality = crew.quality();
    this.stores = crew.stores();
    this.contracts = crew.contracts();
    this.dispatch = crew.dispatch();
    this.steps = crew.steps();
    this.lines =
        new DemoLines(
            plant, executor, crew.users(), steps, operator, new DemoShift(seed, steps, operator));
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
    lines.plan(day, index, six, end);
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
