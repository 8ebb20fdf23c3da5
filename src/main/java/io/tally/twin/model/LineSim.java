package io.tally.twin.model;

import io.tally.twin.engine.EventCalendar;
import io.tally.twin.engine.Mrg32k3a;

/**
 * One line's state machine in one replication. Events happen only at state changes (lot or
 * changeover done, failure, repair done, calendar boundary), and an up line has exactly one pending
 * event: the earliest of those, with work and the failure clock counted in operating time only.
 */
final class LineSim {
  static final int ACTIVITY_END = 0;
  static final int FAILURE = 1;
  static final int REPAIR_END = 2;
  static final int CALENDAR = 3;

  private static final int PRODUCING = TimeState.PRODUCING.ordinal();
  private static final int CHANGEOVER = TimeState.CHANGEOVER.ordinal();
  private static final int DOWN = TimeState.DOWN.ordinal();
  private static final int OFF_SHIFT = TimeState.OFF_SHIFT.ordinal();
  private static final int MAINTENANCE = TimeState.MAINTENANCE.ordinal();
  private static final int IDLE = TimeState.IDLE.ordinal();

  final TwinLine def;
  private final int entity;
  private final double[] bounds;
  private final byte[] kinds;
  private final LineStreams streams;
  private final LineWork work;

  int state;
  private int segment;
  private double last;
  private double toFailure;
  long good;
  int failures;
  final double[] hours = new double[TimeState.COUNT];

  LineSim(TwinLine def, int entity) {
    this.def = def;
    this.entity = entity;
    this.bounds = def.shifts.bounds;
    this.kinds = def.shifts.kinds;
    this.streams = new LineStreams(def);
    this.work = new LineWork(def, streams);
  }

  /** Sets the line back to the start of a replication with its own streams and parameters. */
  void reset(Mrg32k3a stream, double mtbf, double mttr) {
    streams.reset(stream, mtbf, mttr);
    segment = 0;
    last = 0;
    work.reset();
    good = 0;
    failures = 0;
    java.util.Arrays.fill(hours, 0);
    toFailure = streams.timeToFailure();
  }

  void start(EventCalendar cal) {
    enterSegment(cal);
  }

  /** Handles this line's event; returns true when the line has just failed (it needs a crew). */
  boolean handle(int type, EventCalendar cal) {
    double now = cal.now();
    advance(now);
    switch (type) {
      case ACTIVITY_END -> {
        good += work.complete();
        state = work.changingOver() ? CHANGEOVER : PRODUCING;
        scheduleBusy(cal);
        return false;
      }
      case FAILURE -> {
        toFailure = 0;
        failures++;
        state = DOWN;
        return true;
      }
      case REPAIR_END -> {
        toFailure = streams.timeToFailure();
        enterSegment(cal);
        return false;
      }
      default -> {
        segment++;
        enterSegment(cal);
        return false;
      }
    }
  }

  void startRepair(EventCalendar cal) {
    cal.scheduleIn(streams.repairTime(), REPAIR_END, REPAIR_END, entity);
  }

  /** Closes the books at the horizon: parts of an unfinished lot count as made. */
  void finish(double horizon) {
    advance(horizon);
    good += work.unfinishedGood();
  }

  private void enterSegment(EventCalendar cal) {
    byte kind = kinds[segment];
    if (kind == ShiftTable.WORK && def.products() > 0) {
      if (work.idle()) {
        work.startNext();
      }
      state = work.changingOver() ? CHANGEOVER : PRODUCING;
      scheduleBusy(cal);
      return;
    }
    state = kind == ShiftTable.WORK ? IDLE : kind == ShiftTable.OFF ? OFF_SHIFT : MAINTENANCE;
    double next = bounds[segment + 1];
    if (next != Double.POSITIVE_INFINITY) {
      cal.schedule(next, CALENDAR, CALENDAR, entity);
    }
  }

  private void scheduleBusy(EventCalendar cal) {
    double now = cal.now();
    double toBoundary = bounds[segment + 1] - now;
    // Rounding in (now + d) - now can leave the failure clock a hair below zero.
    toFailure = Math.max(0, toFailure);
    double workLeft = work.left();
    if (workLeft <= toFailure && workLeft <= toBoundary) {
      cal.schedule(now + workLeft, ACTIVITY_END, ACTIVITY_END, entity);
    } else if (toFailure <= toBoundary) {
      cal.schedule(now + toFailure, FAILURE, FAILURE, entity);
    } else {
      cal.schedule(bounds[segment + 1], CALENDAR, CALENDAR, entity);
    }
  }

  /**
   * Books the time since the last event to the current state. A down line gets no calendar events,
   * so its repair is split here between working time (down) and the rest (off shift, maintenance).
   */
  private void advance(double now) {
    if (state == DOWN) {
      double t = last;
      while (bounds[segment + 1] <= now) {
        hours[downState(kinds[segment])] += bounds[segment + 1] - t;
        t = bounds[segment + 1];
        segment++;
      }
      hours[downState(kinds[segment])] += now - t;
    } else {
      double dt = now - last;
      hours[state] += dt;
      if (state == PRODUCING || state == CHANGEOVER) {
        work.work(dt);
        toFailure -= dt;
      }
    }
    last = now;
  }

  private static int downState(byte kind) {
    return kind == ShiftTable.WORK ? DOWN : kind == ShiftTable.OFF ? OFF_SHIFT : MAINTENANCE;
  }
}
