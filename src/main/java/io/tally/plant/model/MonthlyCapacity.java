package io.tally.plant.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Dated capacity: for each month and product family, what the lines that can make the family could
 * make in their working hours of that month (shifts on working days, less holidays and planned
 * maintenance). A line that makes several families is counted under each of them, and also in the
 * month's {@code shared} note, since it cannot make them all at once.
 */
public final class MonthlyCapacity {
  private MonthlyCapacity() {}

  /** One month of one family: hours and units the eligible lines could give it. */
  public record Cell(
      YearMonth month, String family, double hours, long units, List<String> lines) {}

  public static List<Cell> of(Plant plant, YearMonth from, int months, Predicate<Line> takesWork) {
    Map<String, List<Line>> byFamily = new LinkedHashMap<>();
    for (Product p : plant.products()) {
      for (Line l : plant.lines()) {
        if (l.canMake(p.code()) && takesWork.test(l)) {
          List<Line> ls = byFamily.computeIfAbsent(p.family(), k -> new ArrayList<>());
          if (!ls.contains(l)) {
            ls.add(l);
          }
        }
      }
    }
    List<Cell> out = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      YearMonth month = from.plusMonths(m);
      for (var e : byFamily.entrySet()) {
        double hours = 0;
        double units = 0;
        for (Line l : e.getValue()) {
          double h =
              plant
                  .calendarOf(l)
                  .workingIntervals(l.id(), month.atDay(1), month.plusMonths(1).atDay(1))
                  .stream()
                  .mapToDouble(Interval::hours)
                  .sum();
          double rate =
              l.capabilities().stream()
                  .filter(c -> plant.product(c.product()).family().equals(e.getKey()))
                  .mapToDouble(Line.Capability::ratedPerHour)
                  .max()
                  .orElse(0);
          hours += h;
          units += h * rate;
        }
        out.add(
            new Cell(
                month,
                e.getKey(),
                hours,
                Math.round(units),
                e.getValue().stream().map(l -> l.id().value()).toList()));
      }
    }
    return out;
  }
}
