package io.tally.twin.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to run a forecast.
 *
 * @param uncertainty coefficient of variation of MTBF and MTTR drawn per replication (0: fixed)
 * @param target output per year to reach; null for the plant's derived available nameplate
 */
public record Settings(
    LocalDate start,
    int years,
    int replications,
    long seed,
    int threads,
    double uncertainty,
    Long target) {
  public Settings {
    Objects.requireNonNull(start, "start");
    if (years < 1 || years > 50) {
      throw new IllegalArgumentException("--years must be 1 to 50, got " + years);
    }
    if (replications < 2 || replications > 10_000_000) {
      throw new IllegalArgumentException(
          "--replications must be 2 to 10,000,000, got " + replications);
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("--threads must be 1 to 1024, got " + threads);
    }
    if (!(uncertainty >= 0 && uncertainty <= 2)) {
      throw new IllegalArgumentException("--uncertainty must be 0 to 2, got " + uncertainty);
    }
    if (target != null && target < 0) {
      throw new IllegalArgumentException("--target must not be negative, got " + target);
    }
  }
}
