package io.tally.analytics.kpi;

import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import java.util.Collection;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The plant's output over some periods against its nameplate for the same periods. The nameplate is
 * derived as the plant's is (rated rate of the line's reference product x planned operation time),
 * so over a standard year of shifts it equals the capacity figure.
 *
 * @param good good units made (GQ)
 * @param produced units made (PQ)
 * @param nameplate units the lines' nameplate rates give over the periods' POT
 * @param attainment good / nameplate; absent when the nameplate is zero
 */
public record NameplateAttainment(
    long good, long produced, double nameplate, OptionalDouble attainment) {

  /** Against the nameplate of one plant file for every period. */
  public static NameplateAttainment of(Plant plant, Collection<PeriodRecord> records) {
    return of(records, r -> rate(plant, r.period().line()));
  }

  /**
   * Against the nameplate rate {@code rate} gives each period: the rate of the plant file in force
   * when the period was worked, so a later edit of the file does not change a past day's nameplate.
   */
  public static NameplateAttainment of(
      Collection<PeriodRecord> records, ToDoubleFunction<PeriodRecord> rate) {
    long good = 0, produced = 0;
    double nameplate = 0;
    for (PeriodRecord r : records) {
      TimeElements t = TimeModel.of(r);
      good += t.gq();
      produced += t.pq();
      nameplate += rate.applyAsDouble(r) * Kpis.hours(t.pot());
    }
    return new NameplateAttainment(
        good,
        produced,
        nameplate,
        nameplate > 0 ? OptionalDouble.of(good / nameplate) : OptionalDouble.empty());
  }

  /** The nameplate rate of a line in a plant file. */
  public static double rate(Plant plant, LineId id) {
    return plant.lines().stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .map(Line::nameplateRatePerHour)
        .orElseThrow(() -> new IllegalArgumentException("line " + id + " is not in the plant"));
  }
}
