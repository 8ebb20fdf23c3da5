package io.tally.scheduling.solver;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Simulated annealing over the {@link Neighbourhood}'s moves with per-line incremental evaluation,
 * and for the makespan also over {@link RuinRecreate}'s large moves. The temperature falls
 * geometrically over the time budget from a start scaled to the instance; the best state is kept
 * and reported.
 */
final class LocalSearch {
  /** Start temperature as a share of the mean worsening of a sampled move. */
  private static final double START_SHARE = 0.25;

  /** How far the temperature falls over the run. */
  private static final double FALL = 2000;

  private final SchedulingProblem p;
  private final SearchState s;
  private final SplittableRandom rnd;
  private final Neighbourhood moves;
  private final RuinRecreate ruin;

  /** Share of ruin-and-recreate moves (makespan only); the rest are cheap relocations and swaps. */
  private static final double RUIN_RATE = 0.2;

  /** Most jobs a ruin takes out (at least two). */
  private static final int RUIN_MAX = 6;

  private int[][] best;
  private double bestCost;
  private long iterations;

  LocalSearch(SchedulingProblem problem, int[][] start, long seed) {
    this.p = problem;
    this.s = new SearchState(problem, start);
    this.rnd = new SplittableRandom(seed);
    this.moves = new Neighbourhood(problem, s, rnd);
    this.ruin =
        problem.objective == SchedulingProblem.Objective.MAKESPAN
            ? new RuinRecreate(problem, s, rnd, moves.movable())
            : null;
    best = s.sequences();
    bestCost = currentCost();
  }

  long iterations() {
    return iterations;
  }

  /**
   * Runs until {@code clock} reaches {@code deadline} or a stop request; hands each new best to
   * {@code onBest} at most twice a second and once at the end.
   */
  int[][] run(
      long deadline, LongSupplier clock, SearchControl<?> control, Consumer<int[][]> onBest) {
    if (!moves.hasMoves()) {
      return best;
    }
    long start = clock.getAsLong();
    double t0 = initialTemperature();
    double t1 = t0 / FALL;
    double temperature = t0;
    double current = currentCost();
    keepIfBest(current);
    long lastPublish = System.nanoTime();
    boolean unpublished = false;
    while (true) {
      if ((++iterations & 127) == 0) {
        long now = clock.getAsLong();
        if (now >= deadline || (control != null && control.stopRequested())) {
          break;
        }
        double f = (double) (now - start) / Math.max(1, deadline - start);
        temperature = t0 * Math.pow(t1 / t0, f);
        if (unpublished && onBest != null && System.nanoTime() - lastPublish > 500_000_000L) {
          onBest.accept(best);
          lastPublish = System.nanoTime();
          unpublished = false;
        }
      }
      if (ruin != null && rnd.nextDouble() < RUIN_RATE) {
        ruin.apply(2 + rnd.nextInt(RUIN_MAX - 1));
        double d = currentCost() - current;
        if (d <= 0 || rnd.nextDouble() < Math.exp(-d / temperature)) {
          current += d;
          unpublished |= keepIfBest(current);
        } else {
          ruin.undo();
        }
        continue;
      }
      if (!moves.propose()) {
        continue;
      }
      double d = moves.delta;
      if (d <= 0 || rnd.nextDouble() < Math.exp(-d / temperature)) {
        moves.apply();
        current += d;
        unpublished |= keepIfBest(current);
      }
    }
    if (onBest != null) {
      onBest.accept(best);
    }
    return best;
  }

  private boolean keepIfBest(double current) {
    if (current < bestCost - 1e-9) {
      bestCost = current;
      best = s.sequences();
      return true;
    }
    return false;
  }

  private double currentCost() {
    return SearchCost.of(p.objective, s.totalTardiness(), s.totalSetup(), s.lineEnd, -1, 0, -1, 0);
  }

  /** Samples moves (applying only improving ones) to scale the temperature to the instance. */
  private double initialTemperature() {
    double sum = 0;
    int count = 0;
    for (int i = 0; i < 2000; i++) {
      if (!moves.propose()) {
        continue;
      }
      if (moves.delta > 0) {
        sum += moves.delta;
        count++;
      } else {
        moves.apply();
      }
    }
    return count == 0 ? 1 : START_SHARE * sum / count;
  }
}
