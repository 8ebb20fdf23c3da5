package io.tally.machines;

import io.tally.plant.model.MachineSource;
import io.tally.plant.model.MachineSource.MachineState;
import io.tally.plant.model.MachineSource.StateMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line's machine as the connector follows it: the latest counters and state, and the decision
 * of when to book them (every booking interval while they move, at every state change) and when a
 * state is a stop. A stop shorter than the micro-stop threshold is summed, not booked: a stop
 * starts only once it has lasted the threshold, back-dated to its start. A pure decision: the
 * service carries the actions out.
 */
public final class MachineLine {
  private final MachineSource source;
  private @Nullable Long processed;
  private long defective;
  private @Nullable String stateCode;
  private @Nullable String stopReasonId;
  private @Nullable Double speed;
  private @Nullable Instant lastValueAt;
  private @Nullable Instant lastBookedAt;
  private long lastBookedProcessed = -1;
  private long lastBookedDefective = -1;
  private @Nullable Instant stopSince;
  private @Nullable String stopReason;
  private @Nullable Instant bookedStopSince;
  private int microStops;
  private long microStopMillis;

  public MachineLine(MachineSource source) {
    this.source = source;
  }

  /** Takes a sample in and says what to book now. */
  public List<MachineAction> accept(MachineSample s) {
    List<MachineAction> out = new ArrayList<>();
    lastValueAt = s.at();
    if (s.processed() != null) {
      processed = s.processed();
    }
    if (s.defective() != null) {
      defective = s.defective();
    }
    if (s.speed() != null) {
      speed = s.speed();
    }
    if (s.stopReason() != null) {
      stopReasonId = s.stopReason();
    }
    if (s.state() != null && !s.state().equals(stateCode)) {
      stateCode = s.state();
      book(out, s.at(), true);
      stateChanged(out, s.at());
    } else {
      out.addAll(tick(s.at()));
    }
    return out;
  }

  /** The passing of time: a booking interval elapsed, a stop outlasted the threshold. */
  public List<MachineAction> tick(Instant now) {
    List<MachineAction> out = new ArrayList<>();
    if (stopSince != null
        && bookedStopSince == null
        && stopReason != null
        && !now.isBefore(stopSince.plus(source.microStop()))) {
      bookedStopSince = stopSince;
      out.add(new MachineAction.StartStop(stopReason, stopSince));
    }
    if (lastBookedAt == null || !now.isBefore(lastBookedAt.plus(source.bookingInterval()))) {
      book(out, now, false);
    }
    return out;
  }

  /** Books the counters if they moved since the last booking (or {@code always} for a reset). */
  public List<MachineAction> bookNow(Instant now) {
    List<MachineAction> out = new ArrayList<>();
    book(out, now, true);
    return out;
  }

  private void book(List<MachineAction> out, Instant now, boolean force) {
    if (processed == null) {
      return;
    }
    if (processed != lastBookedProcessed || defective != lastBookedDefective) {
      out.add(
          new MachineAction.BookCounters(
              processed, defective, microStops, Duration.ofMillis(microStopMillis).toSeconds()));
      lastBookedProcessed = processed;
      lastBookedDefective = defective;
      microStops = 0;
      microStopMillis = 0;
      lastBookedAt = now;
    } else if (!force) {
      lastBookedAt = now;
    }
  }

  private void stateChanged(List<MachineAction> out, Instant at) {
    Optional<StateMapping> mapping = source.state(stateCode);
    String reason = mapping.flatMap(m -> source.reasonFor(m, stopReasonId)).orElse(null);
    boolean stops = mapping.map(m -> m.stops(reason != null)).orElse(false);
    if (stops && stopSince != null && reason != null && reason.equals(stopReason)) {
      return;
    }
    endStop(out, at);
    if (stops) {
      stopSince = at;
      stopReason = reason;
      if (source.microStop().isZero()) {
        bookedStopSince = at;
        out.add(new MachineAction.StartStop(reason, at));
      }
    }
  }

  private void endStop(List<MachineAction> out, Instant at) {
    if (stopSince == null) {
      return;
    }
    if (bookedStopSince != null) {
      out.add(new MachineAction.EndStop(bookedStopSince, at));
    } else {
      microStops++;
      microStopMillis += Duration.between(stopSince, at).toMillis();
    }
    stopSince = null;
    stopReason = null;
    bookedStopSince = null;
  }

  /** The machine state the last state code maps to; empty while unknown or unmapped. */
  public Optional<MachineState> state() {
    return stateCode == null ? Optional.empty() : source.state(stateCode).map(StateMapping::state);
  }

  public @Nullable String stateCode() {
    return stateCode;
  }

  public @Nullable Long processed() {
    return processed;
  }

  public long defective() {
    return defective;
  }

  public @Nullable Double speed() {
    return speed;
  }

  public @Nullable Instant lastValueAt() {
    return lastValueAt;
  }

  /** Micro-stops summed since the last booking. */
  public int microStops() {
    return microStops;
  }

  public MachineSource source() {
    return source;
  }

  /** Forgets what was booked, so the next tick books again (after a failed booking). */
  public void rebook() {
    lastBookedProcessed = -1;
    lastBookedDefective = -1;
  }
}
