package io.tally.analytics.kpi;

import io.tally.analytics.kpi.LineFact.CountRecorded;
import io.tally.analytics.kpi.LineFact.RunEnded;
import io.tally.analytics.kpi.LineFact.RunStarted;
import io.tally.analytics.kpi.LineFact.StopEnded;
import io.tally.analytics.kpi.LineFact.StopStarted;
import io.tally.execution.RunId;
import io.tally.plant.model.Interval;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.StopReason.Category;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an 8-hour shift on L3 from segments (producing, setup, unplanned or planned stop, idle),
 * starting a new run after idle time or when the product (rate) changes, and works out by the
 * minute what each time element must be.
 */
final class RandomShifts {
  static final int SHIFT_MINUTES = 480;
  static final Instant START = Fixtures.at("06:00");
  static final double[] RATES = {1000, 2500, 4375};

  private RandomShifts() {}

  enum Kind {
    PRODUCE,
    SETUP,
    UNPLANNED,
    PLANNED,
    IDLE
  }

  record Seg(int minutes, Kind kind, int rate, int good, int scrap, int rework) {}

  record Shift(List<LineFact> facts, Period period, int[] expected, double plannedRuntime) {}

  /** Facts for the segments, and the oracle: [PDOT, APT, ASUT, ADET, ADOT, AOET, FE] minutes. */
  static Shift shift(List<Seg> segs, int maintStart, int maintLength) {
    int maintEnd = Math.min(SHIFT_MINUTES, maintStart + maintLength);
    List<Interval> maintenance =
        maintEnd > maintStart ? List.of(new Interval(t(maintStart), t(maintEnd))) : List.of();
    List<LineFact> facts = new ArrayList<>();
    int[] e = new int[7];
    double plannedRuntime = 0;
    RunId run = null;
    int runRate = -1, t = 0, runs = 0;
    for (Seg s : segs) {
      if (t >= SHIFT_MINUTES) {
        break;
      }
      int end = Math.min(SHIFT_MINUTES, t + s.minutes());
      boolean newRate = s.kind() == Kind.PRODUCE && run != null && s.rate() != runRate;
      if (run != null && (s.kind() == Kind.IDLE || newRate)) {
        facts.add(new RunEnded(t(t), run));
        run = null;
      }
      if (run == null && s.kind() != Kind.IDLE) {
        run = new RunId(String.format("RUN-%06d", ++runs));
        runRate = s.rate();
        facts.add(new RunStarted(t(t), run, new ProductCode("P" + runRate), RATES[runRate]));
      }
      Category category = category(s.kind());
      if (category != null) {
        facts.add(new StopStarted(t(t), new ReasonCode(s.kind().name()), category));
        facts.add(new StopEnded(t(end)));
        e[6] += s.kind() == Kind.UNPLANNED ? 1 : 0;
      }
      if (s.kind() == Kind.PRODUCE) {
        facts.add(new CountRecorded(t(end), run, s.good(), s.scrap(), s.rework()));
        plannedRuntime += (s.good() + s.scrap() + s.rework()) * 3600.0 / RATES[runRate];
      }
      for (int m = t; m < end; m++) {
        boolean maint = m >= maintStart && m < maintEnd;
        int element =
            switch (s.kind()) {
              // A stop coded planned is planned downtime only inside the maintenance window.
              case PLANNED -> 3;
              case PRODUCE -> 1;
              case SETUP -> 2;
              case UNPLANNED -> 3;
              case IDLE -> 4;
            };
        e[maint ? 0 : element]++;
        e[5] += s.kind() == Kind.IDLE ? 0 : 1;
      }
      t = end;
    }
    if (run != null) {
      facts.add(new RunEnded(t(t), run));
    }
    for (int m = t; m < SHIFT_MINUTES; m++) {
      e[m >= maintStart && m < maintEnd ? 0 : 4]++;
    }
    Period period = new Period(Fixtures.L3, new Interval(t(0), t(SHIFT_MINUTES)), maintenance);
    return new Shift(facts, period, e, plannedRuntime);
  }

  static Category category(Kind k) {
    return switch (k) {
      case SETUP -> Category.SETUP;
      case UNPLANNED -> Category.UNPLANNED;
      case PLANNED -> Category.PLANNED;
      default -> null;
    };
  }

  static Instant t(int minute) {
    return START.plus(minute, ChronoUnit.MINUTES);
  }
}
