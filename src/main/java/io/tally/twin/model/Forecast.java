package io.tally.twin.model;

import io.tally.twin.engine.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast of one scenario: annual good output over the replications (mean, 95 % confidence
 * interval of the mean, quantiles, histogram, chance of reaching the target), and per line the
 * hours per year in each state, utilisation (producing / working time), availability (working time
 * not down / working time) and the bottleneck ranking by output lost against the line's ideal.
 */
public record Forecast(
    String scenario,
    int replications,
    int years,
    double mean,
    double sd,
    double[] ci95,
    Map<String, Double> quantiles,
    Histogram histogram,
    double target,
    double pTarget,
    List<LineForecast> lines,
    List<Bottleneck> bottlenecks,
    long events) {

  /** One line's averages per year. */
  public record LineForecast(
      String id,
      double output,
      double utilisation,
      double availability,
      double failures,
      Map<String, Double> hours) {}

  /**
   * A line's output lost per year against its ideal (working hours at its mean cycle), and its
   * share of the plant's loss: the first is where an improvement gains most.
   */
  public record Bottleneck(String line, double lostOutput, double share) {}

  static final double[] QUANTILES = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

  static double[] annualOutputs(List<ReplicationResult> results, int years) {
    double[] out = new double[results.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = results.get(i).totalGood() / (double) years;
    }
    return out;
  }

  static Forecast of(
      String scenario, TwinPlant plant, List<ReplicationResult> results, double target) {
    int years = plant.years();
    double[] outputs = annualOutputs(results, years);
    Summary s = Summary.of(outputs);
    Map<String, Double> q = new LinkedHashMap<>();
    for (double p : QUANTILES) {
      q.put(String.format("p%02d", Math.round(p * 100)), s.quantile(p));
    }
    int n = results.size();
    List<LineForecast> lines = new ArrayList<>();
    List<Bottleneck> losses = new ArrayList<>();
    double totalLoss = 0;
    for (int i = 0; i < plant.lines.size(); i++) {
      TwinLine def = plant.lines.get(i);
      double[] hours = new double[TimeState.COUNT];
      double good = 0;
      double failures = 0;
      for (ReplicationResult r : results) {
        for (int k = 0; k < hours.length; k++) {
          hours[k] += r.hours()[i][k];
        }
        good += r.good()[i];
        failures += r.failures()[i];
      }
      Map<String, Double> perYear = new LinkedHashMap<>();
      double working = 0;
      for (TimeState st : TimeState.values()) {
        double h = hours[st.ordinal()] / n / years;
        perYear.put(st.label(), h);
        if (st.isWorkingTime()) {
          working += h;
        }
      }
      double output = good / n / years;
      double producing = perYear.get(TimeState.PRODUCING.label());
      double down = perYear.get(TimeState.DOWN.label());
      lines.add(
          new LineForecast(
              def.id,
              output,
              working > 0 ? producing / working : 0,
              working > 0 ? (working - down) / working : 0,
              failures / n / years,
              perYear));
      double lost = Math.max(0, def.idealOutput() / years - output);
      totalLoss += lost;
      losses.add(new Bottleneck(def.id, lost, 0));
    }
    double total = totalLoss;
    List<Bottleneck> ranked =
        losses.stream()
            .map(
                b ->
                    new Bottleneck(
                        b.line(), b.lostOutput(), total > 0 ? b.lostOutput() / total : 0))
            .sorted(Comparator.comparingDouble(Bottleneck::lostOutput).reversed())
            .toList();
    long events = results.stream().mapToLong(ReplicationResult::events).sum();
    return new Forecast(
        scenario,
        n,
        years,
        s.mean(),
        s.sd(),
        s.ci95(),
        q,
        Histogram.of(outputs),
        target,
        s.fractionAtLeast(target),
        lines,
        ranked,
        events);
  }
}
