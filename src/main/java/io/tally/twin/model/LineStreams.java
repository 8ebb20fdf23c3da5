package io.tally.twin.model;

import io.tally.twin.engine.Mrg32k3a;
import io.tally.twin.engine.Variates;

/**
 * A line's four random streams in one replication (failures, repairs, the next product, scrap) and
 * the draws the line makes from them. Each source has its own substream, so a change to how often
 * one is drawn leaves the others' sequences, and so a scenario comparison, untouched.
 */
final class LineStreams {
  private final TwinLine def;
  private Mrg32k3a failure;
  private Mrg32k3a repair;
  private Mrg32k3a variant;
  private Mrg32k3a scrap;
  private double mtbf;
  private double mttr;

  LineStreams(TwinLine def) {
    this.def = def;
  }

  /** Takes the line's substreams of a replication's stream and its reliability for the run. */
  void reset(Mrg32k3a stream, double mtbf, double mttr) {
    int base = def.streamIndex * RandomSource.PER_LINE;
    failure = stream.substream(base + RandomSource.FAILURE.ordinal());
    repair = stream.substream(base + RandomSource.REPAIR.ordinal());
    variant = stream.substream(base + RandomSource.VARIANT.ordinal());
    scrap = stream.substream(base + RandomSource.SCRAP.ordinal());
    this.mtbf = mtbf;
    this.mttr = mttr;
  }

  /** Operating hours to the next failure, by the line's failure distribution. */
  double timeToFailure() {
    return switch (def.failures) {
      case EXPONENTIAL -> Variates.exponential(failure, mtbf);
      case LOGNORMAL -> Variates.lognormal(failure, mtbf, def.shape);
      case WEIBULL -> Variates.weibull(failure, mtbf, def.shape);
    };
  }

  /** Hours a repair takes (exponential about the mean time to repair). */
  double repairTime() {
    return -mttr * Math.log(repair.nextDouble());
  }

  /** The product variant the line makes next, each equally likely. */
  int nextVariant() {
    return Variates.uniformIndex(variant, def.products());
  }

  /** The scrap of a whole lot of a variant. */
  long lotScrap(int v) {
    return def.lotScrap[v].sample(scrap);
  }

  /** The scrap among {@code done} parts of an unfinished lot. */
  long scrapOf(long done) {
    return Variates.binomial(scrap, done, def.scrapRate);
  }
}
