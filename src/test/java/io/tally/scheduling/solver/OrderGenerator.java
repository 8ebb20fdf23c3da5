package io.tally.scheduling.solver;

import io.tally.orders.model.Order;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.Customer;
import io.tally.plant.model.Line;
import io.tally.plant.model.Plant;
import io.tally.plant.model.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A year of synthetic orders for a plant, reproducible from a seed. Each product gets demand in
 * proportion to the rated capacity of the lines that take work and can make it (shared lines split
 * evenly), filled to 95 % of a standard year; due dates lean towards the first months (customers
 * want early deliveries), a quarter of them on quarter ends; priorities mostly 3.
 */
public final class OrderGenerator {
  private static final double LOAD = 0.95;

  private OrderGenerator() {}

  public static List<Order> year(Plant plant, int count, int year, long seed) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive");
    }
    List<Product> products =
        plant.products().stream()
            .filter(p -> plant.lines().stream().anyMatch(l -> works(l) && l.canMake(p.code())))
            .toList();
    double[] share = new double[products.size()];
    double total = 0;
    for (int i = 0; i < products.size(); i++) {
      for (Line l : plant.lines()) {
        if (works(l) && l.canMake(products.get(i).code())) {
          long makes = l.capabilities().size();
          double hours = plant.calendarOf(l).standardYearHours();
          share[i] += l.capability(products.get(i).code()).get().ratedPerHour() * hours / makes;
        }
      }
      total += share[i];
    }
    List<Customer> customers = plant.customers();
    SplittableRandom rnd = new SplittableRandom(seed);
    double mean = LOAD * total / count;
    LocalDate first = LocalDate.of(year, 1, 15);
    List<Order> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int pi = pick(rnd, share, total);
      long qty = Math.max(1000, Math.round(mean * (0.2 + 1.6 * rnd.nextDouble()) / 1000) * 1000);
      LocalDate due =
          rnd.nextDouble() < 0.25
              ? LocalDate.of(year, 3 * (1 + rnd.nextInt(4)), 1).plusMonths(1).minusDays(1)
              : first.plusDays((long) (350 * Math.pow(rnd.nextDouble(), 1.3)));
      int r = rnd.nextInt(100);
      int priority = r < 5 ? 1 : r < 20 ? 2 : r < 75 ? 3 : r < 92 ? 4 : 5;
      Customer c = customers.get(rnd.nextInt(customers.size()));
      out.add(
          new Order(
              new OrderId(String.format("O-%d-%04d", year, i + 1)),
              c.id(),
              products.get(pi).code(),
              qty,
              due,
              priority));
    }
    out.sort(Comparator.comparing(Order::id, Comparator.comparing(OrderId::value)));
    return out;
  }

  private static boolean works(Line l) {
    return l.state().takesWork();
  }

  private static int pick(SplittableRandom rnd, double[] share, double total) {
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < share.length; i++) {
      x -= share[i];
      if (x < 0) {
        return i;
      }
    }
    return share.length - 1;
  }
}
