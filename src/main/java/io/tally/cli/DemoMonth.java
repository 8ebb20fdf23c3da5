package io.tally.cli;

import io.tally.execution.WorkOrderRequest;
import io.tally.execution.WorkOrders;
import io.tally.plant.PlantService;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.ProductCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's days: per working day and line a work order, a run from 06:00 to 22:00 with hourly
 * count reports and random stops (changeovers on the lines that switch products), then quality's
 * decisions, stores and shipments in the evening. Steps of all lines run in time order, each at its
 * simulated time; none later than the real time.
 */
final class DemoMonth {
  private static final List<String> LINES = List.of("L1", "L2", "L3", "L4");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  record Summary(
      long runs,
      long counts,
      long stops,
      long lots,
      long released,
      long concessions,
      long componentLots,
      long shipments) {}

  /** A step; {@code alone} when it calls the HTTP API, which must see every step before it. */
  private record Step(Instant at, int order, boolean alone, Runnable action) {}

  // Steps between two HTTP steps commit together: one durable commit instead of hundreds.
  private static final int BATCH = 400;

  private final DemoClock clock;
  private final DemoUsers users;
  private final Plant plant;
  private final DemoOperator operator;
  private final WorkOrders workOrders;
  private final DemoQuality quality;
  private final DemoStores stores;
  private final Random random;
  private final TransactionTemplate tx;
  private final Map<String, String> product = new HashMap<>();
  private final List<Step> steps = new ArrayList<>();
  private long released;
  private long concessions;
  private boolean heldOne;

  DemoMonth(ApplicationContext ctx, DemoClock clock, DemoUsers users, int port, long seed) {
    this.clock = clock;
    this.users = users;
    this.plant = ctx.getBean(PlantService.class).plant();
    this.operator = new DemoOperator(ctx, users);
    this.workOrders = ctx.getBean(WorkOrders.class);
    this.quality = new DemoQuality(ctx.getBean(JsonMapper.class), port, users);
    this.stores = new DemoStores(ctx, users, plant);
    this.random = new Random(seed);
    this.tx = ctx.getBean(TransactionTemplate.class);
  }

  Summary run(LocalDate first, Instant realNow) {
    Instant start = first.atStartOfDay().toInstant(ZoneOffset.UTC);
    at(start.plusSeconds(4 * 3600), () -> stores.contracts(first, realNow));
    LocalDate today = LocalDate.ofInstant(realNow, ZoneOffset.UTC);
    int working = 0;
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      if (!plant.calendarOf(plant.line(new LineId("L1"))).isWorkingDay(day)) {
        continue;
      }
      planDay(day, working++);
    }
    steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
    List<Step> batch = new ArrayList<>();
    for (Step s : steps) {
      if (s.at().isAfter(realNow)) {
        break;
      }
      if (s.alone()) {
        commit(batch);
        clock.set(s.at());
        s.action().run();
      } else {
        batch.add(s);
        if (batch.size() == BATCH) {
          commit(batch);
        }
      }
    }
    commit(batch);
    return new Summary(
        operator.runs(),
        operator.counts(),
        operator.stops(),
        stores.lots(),
        released,
        concessions,
        stores.componentLots(),
        stores.shipments());
  }

  private void planDay(LocalDate day, int index) {
    Instant six = day.atTime(6, 0).toInstant(ZoneOffset.UTC);
    Instant end = day.atTime(22, 0).toInstant(ZoneOffset.UTC);
    if (index % 5 == 0) {
      at(six.minusSeconds(3600), () -> stores.receive(day));
    }
    for (String lineId : LINES) {
      Line line = plant.line(new LineId(lineId));
      String before = product.get(lineId);
      String make = productFor(line, before, index);
      product.put(lineId, make);
      String order = "WO-" + lineId + "-" + DAY.format(day);
      at(
          six.minusSeconds(1800),
          () ->
              workOrders.enter(
                  users.actor(DemoUsers.PLANNER),
                  null,
                  new WorkOrderRequest(order, lineId, make, BigDecimal.valueOf(45_000), six)));
      Instant runStart = six;
      if (before != null && !before.equals(make)) {
        int minutes = line.changeoverMinutes(new ProductCode(before), new ProductCode(make));
        runStart = six.plusSeconds(minutes * 60L);
        stop(lineId, "CHG", six, runStart);
      }
      at(runStart, () -> operator.startRun(lineId, order));
      shiftCounts(lineId, runStart, end);
      at(end, () -> operator.endRun(lineId));
    }
    alone(end.plusSeconds(600), () -> decideLots(index));
    if (index % 5 == 1) {
      at(end.plusSeconds(1800), () -> stores.shipWeek(day));
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

  /** Hourly reports; a random unplanned stop in some hours cuts that hour's output. */
  private void shiftCounts(String line, Instant from, Instant to) {
    Instant slot = from;
    Instant stoppedUntil = from;
    while (slot.isBefore(to)) {
      Instant next = slot.plusSeconds(3600).isAfter(to) ? to : slot.plusSeconds(3600);
      long lost = 0;
      if (!slot.isBefore(stoppedUntil) && random.nextDouble() < 0.07) {
        String reason = reason();
        long minutes = duration(reason);
        Instant s = slot.plusSeconds(60L * random.nextInt(20));
        Instant e = s.plusSeconds(minutes * 60);
        if (!e.isBefore(to)) {
          e = to.minusSeconds(60);
        }
        stop(line, reason, s, e);
        stoppedUntil = e;
        lost = Duration.between(s, e.isAfter(next) ? next : e).toSeconds();
      } else if (slot.isBefore(stoppedUntil)) {
        lost = Duration.between(slot, stoppedUntil.isAfter(next) ? next : stoppedUntil).toSeconds();
      }
      double seconds = Math.max(0, Duration.between(slot, next).toSeconds() - lost);
      double performance = 0.84 + 0.1 * random.nextDouble();
      long good = Math.round(4375 * seconds / 3600 * performance);
      long scrap = Math.round(good * (0.002 + 0.01 * random.nextDouble()));
      if (good + scrap > 0) {
        at(next, () -> operator.count(line, good, scrap));
      }
      slot = next;
    }
  }

  private String reason() {
    double r = random.nextDouble();
    return r < 0.4 ? "JAM" : r < 0.75 ? "BRK" : r < 0.9 ? "MAT" : "QHOLD";
  }

  private long duration(String reason) {
    return switch (reason) {
      case "JAM" -> 5 + random.nextInt(20);
      case "BRK" -> 30 + random.nextInt(120);
      case "MAT" -> 15 + random.nextInt(45);
      default -> 20 + random.nextInt(40);
    };
  }

  private void stop(String line, String reason, Instant from, Instant to) {
    at(from, () -> operator.startStop(line, reason));
    at(to, () -> operator.endStop(line));
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
        stores.consume(lot);
      }
    }
  }

  private void commit(List<Step> batch) {
    if (batch.isEmpty()) {
      return;
    }
    tx.executeWithoutResult(
        status -> {
          for (Step s : batch) {
            clock.set(s.at());
            s.action().run();
          }
        });
    batch.clear();
  }

  private void at(Instant at, Runnable action) {
    steps.add(new Step(at, steps.size(), false, action));
  }

  private void alone(Instant at, Runnable action) {
    steps.add(new Step(at, steps.size(), true, action));
  }
}
