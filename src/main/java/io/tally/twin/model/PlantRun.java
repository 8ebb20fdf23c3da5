package io.tally.twin.model;

import io.tally.twin.engine.EventCalendar;
import io.tally.twin.engine.Mrg32k3a;
import io.tally.twin.engine.Variates;
import java.util.function.IntFunction;

/**
 * Runs replications of one compiled plant on one thread, reusing its event calendar and line state
 * machines. Replication r draws from stream r of the seed only, whichever thread runs it. Lines
 * that fail wait, first come first served, for one of a shared repair crew when the site has one.
 */
final class PlantRun implements IntFunction<ReplicationResult> {
  private final TwinPlant plant;
  private final long[] seed;
  private final double uncertainty;
  private final LineSim[] lines;
  private final EventCalendar calendar;
  private final int[] queue;
  private int queueHead;
  private int queueSize;
  private int crewFree;

  /**
   * @param uncertainty coefficient of variation of MTBF and MTTR drawn per replication and line
   *     (lognormal around the plant file's value); 0 keeps them fixed
   */
  PlantRun(TwinPlant plant, long[] seed, double uncertainty) {
    this.plant = plant;
    this.seed = seed.clone();
    this.uncertainty = uncertainty;
    this.lines = new LineSim[plant.lines.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = new LineSim(plant.lines.get(i), i);
    }
    this.calendar = new EventCalendar(4 * lines.length + 4);
    this.queue = new int[lines.length];
  }

  @Override
  public ReplicationResult apply(int replication) {
    Mrg32k3a stream = Mrg32k3a.stream(seed, replication);
    calendar.reset();
    queueHead = 0;
    queueSize = 0;
    crewFree = plant.repairCrew > 0 ? plant.repairCrew : Integer.MAX_VALUE;
    for (LineSim line : lines) {
      double mtbf = line.def.mtbfHours;
      double mttr = line.def.mttrHours;
      if (uncertainty > 0) {
        Mrg32k3a u =
            stream.substream(
                line.def.streamIndex * RandomSource.PER_LINE
                    + RandomSource.UNCERTAIN_INPUTS.ordinal());
        double sigma = Math.sqrt(Math.log(1 + uncertainty * uncertainty));
        mtbf = Variates.lognormal(u, mtbf, sigma);
        mttr = Variates.lognormal(u, mttr, sigma);
      }
      line.reset(stream, mtbf, mttr);
    }
    for (LineSim line : lines) {
      line.start(calendar);
    }
    long events = 0;
    double horizon = plant.horizon;
    while (calendar.peekTime() <= horizon) {
      calendar.next();
      events++;
      int type = calendar.type();
      LineSim line = lines[calendar.entity()];
      if (type == LineSim.REPAIR_END) {
        releaseCrew();
      }
      if (line.handle(type, calendar)) {
        requestCrew(calendar.entity());
      }
    }
    return collect(horizon, events);
  }

  private void requestCrew(int line) {
    if (crewFree > 0) {
      crewFree--;
      lines[line].startRepair(calendar);
    } else {
      queue[(queueHead + queueSize++) % queue.length] = line;
    }
  }

  private void releaseCrew() {
    if (queueSize > 0) {
      int next = queue[queueHead];
      queueHead = (queueHead + 1) % queue.length;
      queueSize--;
      lines[next].startRepair(calendar);
    } else {
      crewFree++;
    }
  }

  private ReplicationResult collect(double horizon, long events) {
    long[] good = new long[lines.length];
    double[][] hours = new double[lines.length][];
    int[] failures = new int[lines.length];
    for (int i = 0; i < lines.length; i++) {
      LineSim l = lines[i];
      l.finish(horizon);
      good[i] = l.good;
      hours[i] = l.hours.clone();
      failures[i] = l.failures;
    }
    return new ReplicationResult(good, hours, failures, events);
  }
}
