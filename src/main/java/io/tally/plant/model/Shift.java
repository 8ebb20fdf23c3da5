package io.tally.plant.model;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** A shift of a calendar; it may cross midnight (end before start). */
public record Shift(String name, LocalTime start, LocalTime end) {
  public Shift {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.equals(end)) {
      throw new IllegalArgumentException("shift '" + name + "' has no length (start = end)");
    }
  }

  public int startMinute() {
    return start.getHour() * 60 + start.getMinute();
  }

  public int lengthMinutes() {
    int len = (end.getHour() * 60 + end.getMinute()) - startMinute();
    return len > 0 ? len : len + 24 * 60;
  }

  public Duration length() {
    return Duration.ofMinutes(lengthMinutes());
  }

  /** Whether two shifts share any minute of a week day, taking midnight crossings into account. */
  public boolean overlaps(Shift other) {
    int a0 = startMinute(), a1 = a0 + lengthMinutes();
    int b0 = other.startMinute(), b1 = b0 + other.lengthMinutes();
    for (int shift = -1440; shift <= 1440; shift += 1440) {
      if (a0 < b1 + shift && b0 + shift < a1) {
        return true;
      }
    }
    return false;
  }
}
