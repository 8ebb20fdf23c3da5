package io.tally.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * A line's shift in the demo: hourly count reports, and in some hours a random unplanned stop that
 * cuts that hour's output. One seeded random source for the whole demo, drawn in plan order, so a
 * seed gives the same month.
 */
final class DemoShift {
  private final Random random;
  private final DemoSteps steps;
  private final DemoOperator operator;

  DemoShift(long seed, DemoSteps steps, DemoOperator operator) {
    this.random = new Random(seed);
    this.steps = steps;
    this.operator = operator;
  }

  void counts(String line, Instant from, Instant to) {
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
        steps.at(next, () -> operator.count(line, good, scrap));
      }
      slot = next;
    }
  }

  void stop(String line, String reason, Instant from, Instant to) {
    steps.at(from, () -> operator.startStop(line, reason));
    steps.at(to, () -> operator.endStop(line));
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
}
