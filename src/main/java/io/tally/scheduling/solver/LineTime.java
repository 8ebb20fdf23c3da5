package io.tally.scheduling.solver;

import io.tally.plant.model.Interval;
import io.tally.plant.model.Line;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A line's time as the indexed problem sees it: its working intervals in minutes from the first
 * day, and its changeover minutes between the product families it can make.
 */
final class LineTime {
  private LineTime() {}

  /** Changeover minutes from family a to family b; 0 where the line cannot make one of them. */
  static int[][] changeovers(Line line, List<ProductCode> products) {
    int[][] setup = new int[products.size()][products.size()];
    for (int a = 0; a < products.size(); a++) {
      for (int b = 0; b < products.size(); b++) {
        if (line.canMake(products.get(a)) && line.canMake(products.get(b))) {
          setup[a][b] = line.changeoverMinutes(products.get(a), products.get(b));
        }
      }
    }
    return setup;
  }

  /** Working intervals from the first day on, a year at a time, until they hold the work. */
  static Timeline timeline(WorkCalendar cal, Line line, LocalDate from, long work) {
    List<Interval> all = new ArrayList<>();
    long total = 0;
    LocalDate start = from;
    for (int year = 0; year < 30 && (year == 0 || total < work + 60L * 24 * 365); year++) {
      LocalDate end = start.plusYears(1);
      for (Interval i : cal.workingIntervals(line.id(), start, end)) {
        all.add(i);
        total += i.length().toMinutes();
      }
      start = end;
    }
    Instant origin = cal.instant(from.atStartOfDay());
    long[] s = new long[all.size()];
    long[] e = new long[all.size()];
    for (int i = 0; i < all.size(); i++) {
      s[i] = Duration.between(origin, all.get(i).start()).toMinutes();
      e[i] = Duration.between(origin, all.get(i).end()).toMinutes();
    }
    return new Timeline(s, e);
  }
}
