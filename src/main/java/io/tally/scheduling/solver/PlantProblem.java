package io.tally.scheduling.solver;

import io.tally.orders.model.Order;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.Line;
import io.tally.plant.model.Plant;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a plant and its orders onto the indexed problem. Orders split into jobs of at most the
 * product's lot size; a job takes quantity / rated rate of the line (rounded up to the minute);
 * only lines that take work and can make the product are eligible; work advances only in each
 * line's working intervals (maintenance cut out); an order is due at the end of its due day.
 * Minutes are elapsed minutes since the origin (midnight of the first day in the site's zone), so
 * that a night across a daylight-saving change holds the work the hours that pass allow.
 */
final class PlantProblem {
  final SchedulingProblem problem;
  final LocalDateTime origin;
  final ZoneId zone;
  final List<Line> lines;
  final List<ProductCode> products;
  final List<Order> jobOrder;
  final long[] jobQuantity;
  final Plant plant;

  private PlantProblem(
      SchedulingProblem problem,
      LocalDateTime origin,
      List<Line> lines,
      List<ProductCode> products,
      List<Order> jobOrder,
      long[] jobQuantity,
      Plant plant) {
    this.problem = problem;
    this.origin = origin;
    this.zone = plant.site().zone();
    this.lines = lines;
    this.products = products;
    this.jobOrder = jobOrder;
    this.jobQuantity = jobQuantity;
    this.plant = plant;
  }

  static PlantProblem of(PlanRequest request) {
    Plant plant = request.plant();
    LocalDateTime origin = request.from().atStartOfDay();
    List<Line> lines = plant.lines().stream().filter(l -> l.state().takesWork()).toList();
    List<ProductCode> products = plant.products().stream().map(Product::code).toList();
    Map<ProductCode, Integer> family = new HashMap<>();
    for (int i = 0; i < products.size(); i++) {
      family.put(products.get(i), i);
    }
    Map<OrderId, Order> byId = new HashMap<>();
    for (Order o : request.orders()) {
      if (byId.put(o.id(), o) != null) {
        throw new IllegalArgumentException("order " + o.id() + " appears twice");
      }
    }
    List<Order> jobOrder = new ArrayList<>();
    List<Long> qty = new ArrayList<>();
    List<Integer> pinnedLine = new ArrayList<>();
    Map<OrderId, Long> pinnedQty = new HashMap<>();
    for (PinnedJob pj : request.pinned()) {
      Order o = byId.get(pj.order());
      int k = indexOf(lines, pj);
      if (o == null) {
        throw new IllegalArgumentException("pinned job of unknown order " + pj.order());
      }
      jobOrder.add(o);
      qty.add(pj.quantity());
      pinnedLine.add(k);
      pinnedQty.merge(o.id(), pj.quantity(), Long::sum);
    }
    for (Order o : request.orders()) {
      Product product = plant.product(o.product());
      if (lines.stream().noneMatch(l -> l.canMake(o.product()))) {
        throw new IllegalArgumentException(
            "order " + o.id() + ": no line that takes work can make " + o.product());
      }
      long left = o.quantity() - pinnedQty.getOrDefault(o.id(), 0L);
      while (left > 0) {
        long q = Math.min(left, product.lotSize());
        jobOrder.add(o);
        qty.add(q);
        pinnedLine.add(-1);
        left -= q;
      }
    }
    int n = jobOrder.size();
    int m = lines.size();
    int[][] duration = new int[n][m];
    int[] fam = new int[n];
    long[] due = new long[n];
    long[] weight = new long[n];
    long[] jobQuantity = new long[n];
    long[] workPerLine = new long[m];
    for (int j = 0; j < n; j++) {
      Order o = jobOrder.get(j);
      jobQuantity[j] = qty.get(j);
      fam[j] = family.get(o.product());
      due[j] = minutes(plant, origin, o.due().plusDays(1).atStartOfDay());
      weight[j] = o.weight();
      for (int k = 0; k < m; k++) {
        var cap = lines.get(k).capability(o.product());
        duration[j][k] =
            cap.isPresent()
                ? (int) Math.ceil(jobQuantity[j] * 60.0 / cap.get().ratedPerHour())
                : -1;
        if (duration[j][k] >= 0) {
          workPerLine[k] += duration[j][k];
        }
      }
      if (pinnedLine.get(j) >= 0 && duration[j][pinnedLine.get(j)] < 0) {
        throw new IllegalArgumentException(
            "order " + o.id() + " is pinned to a line that cannot make " + o.product());
      }
    }
    int[][][] setup = new int[m][][];
    Timeline[] timelines = new Timeline[m];
    for (int k = 0; k < m; k++) {
      Line line = lines.get(k);
      setup[k] = LineTime.changeovers(line, products);
      timelines[k] =
          LineTime.timeline(plant.calendarOf(line), line, request.from(), 2 * workPerLine[k]);
    }
    int[][] pinned = new int[m][];
    for (int k = 0; k < m; k++) {
      final int line = k;
      pinned[k] =
          java.util.stream.IntStream.range(0, n).filter(j -> pinnedLine.get(j) == line).toArray();
    }
    SchedulingProblem problem =
        new SchedulingProblem(
            duration, fam, setup, due, weight, timelines, pinned, SchedulingProblem.Objective.PLAN);
    return new PlantProblem(problem, origin, lines, products, jobOrder, jobQuantity, plant);
  }

  /** The site's wall-clock time a number of elapsed minutes after the origin. */
  LocalDateTime at(long minute) {
    return LocalDateTime.ofInstant(origin.atZone(zone).toInstant().plusSeconds(60 * minute), zone);
  }

  /** Elapsed minutes from the origin to a wall-clock time of the site. */
  long minutes(LocalDateTime t) {
    return minutes(plant, origin, t);
  }

  private static long minutes(Plant plant, LocalDateTime origin, LocalDateTime t) {
    ZoneId zone = plant.site().zone();
    return Duration.between(origin.atZone(zone).toInstant(), t.atZone(zone).toInstant())
        .toMinutes();
  }

  private static int indexOf(List<Line> lines, PinnedJob pj) {
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).id().equals(pj.line())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "pinned job of order " + pj.order() + ": line " + pj.line() + " takes no work");
  }
}
