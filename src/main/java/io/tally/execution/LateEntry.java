package io.tally.execution;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.periods.Periods;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * When a report from a paper log happened: {@code occurredAt} as given, bounded so that a slip of
 * the pen cannot book it in the future, before what it belongs to began, or further back than the
 * configured number of days, or into a closed period ({@link Periods#assertOpen}). Without {@code
 * occurredAt} a report happened now and is not late.
 */
@Component
class LateEntry {
  private final PlantLookup plant;
  private final CorrectionProperties properties;
  private final Periods periods;

  LateEntry(PlantLookup plant, CorrectionProperties properties, Periods periods) {
    this.plant = plant;
    this.properties = properties;
    this.periods = periods;
  }

  /** The time to book, {@code occurredAt} or now; refused (422, field occurredAt) out of bounds. */
  Instant at(Actor actor, Instant occurredAt, Instant notBefore, String what) {
    Instant now = plant.now();
    if (occurredAt == null) {
      return now;
    }
    Instant at = occurredAt.truncatedTo(ChronoUnit.MILLIS);
    if (at.isAfter(now)) {
      throw CommandRejected.invalid(
          "occurredAt", "occurredAt " + occurredAt + " is in the future (now " + now + ")");
    }
    Instant oldest = now.minus(Duration.ofDays(properties.lateDays()));
    if (at.isBefore(oldest)) {
      throw CommandRejected.invalid(
          "occurredAt",
          "occurredAt "
              + occurredAt
              + " is more than "
              + properties.lateDays()
              + " days back (tally.corrections.late-days)");
    }
    if (notBefore != null && at.isBefore(notBefore)) {
      throw CommandRejected.invalid(
          "occurredAt", "occurredAt " + occurredAt + " is before " + what + " (" + notBefore + ")");
    }
    periods.assertOpen(actor, at, "occurredAt");
    return at;
  }

  /** True (late) when the time booked is before now, else null: the flag is left out. */
  Boolean late(Instant at) {
    return at.isBefore(plant.now()) ? Boolean.TRUE : null;
  }
}
