package io.tally.twin.model;

/**
 * What a line is working on: nothing, a changeover to the next product variant, or a lot of one
 * variant; and the operating hours of work left on it. The variant after each lot is drawn, and a
 * changeover comes first when the line changes product.
 */
final class LineWork {
  private static final int NONE = 0;
  private static final int LOT = 1;
  private static final int SETUP = 2;

  private final TwinLine def;
  private final LineStreams streams;
  private int activity;
  private int variant;
  private int pendingVariant;
  private double workLeft;
  private double lotWork;
  private long lotParts;

  LineWork(TwinLine def, LineStreams streams) {
    this.def = def;
    this.streams = streams;
  }

  void reset() {
    activity = NONE;
    variant = -1;
    workLeft = 0;
  }

  boolean idle() {
    return activity == NONE;
  }

  boolean changingOver() {
    return activity == SETUP;
  }

  double left() {
    return workLeft;
  }

  void work(double hours) {
    workLeft -= hours;
  }

  /** Draws the next variant and starts its changeover, or its lot when none is needed. */
  void startNext() {
    int v = streams.nextVariant();
    double setup = variant < 0 ? 0 : def.changeoverHours[variant][v];
    if (setup > 0) {
      activity = SETUP;
      pendingVariant = v;
      workLeft = setup;
    } else {
      variant = v;
      startLot();
    }
  }

  /**
   * The current activity is done: a changeover starts its lot; a lot yields its good parts and the
   * next activity starts. Returns the good parts made.
   */
  long complete() {
    workLeft = 0;
    if (activity == SETUP) {
      variant = pendingVariant;
      startLot();
      return 0;
    }
    long good = lotParts - streams.lotScrap(variant);
    activity = NONE;
    startNext();
    return good;
  }

  /** The good parts of an unfinished lot at the horizon: its parts made so far count. */
  long unfinishedGood() {
    if (activity != LOT) {
      return 0;
    }
    long done = (long) Math.floor((lotWork - workLeft) / def.cycleHours[variant] + 1e-9);
    done = Math.max(0, Math.min(done, lotParts));
    return done - streams.scrapOf(done);
  }

  private void startLot() {
    activity = LOT;
    lotParts = def.lotSize[variant];
    lotWork = lotParts * def.cycleHours[variant];
    workLeft = lotWork;
  }
}
