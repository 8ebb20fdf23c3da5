package io.tally.quality.sampling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An acceptable quality limit in percent nonconforming (or nonconformities per 100 units). Only the
 * values of the preferred series that the master tables held here cover, 0.010 to 10, can exist; 15
 * to 1000 (nonconformities per 100 units only) are refused by name.
 */
public record Aql(BigDecimal percent) implements Comparable<Aql> {
  /** The covered columns of the master tables, tightest first. */
  static final List<BigDecimal> SERIES =
      Stream.of(
              "0.010", "0.015", "0.025", "0.040", "0.065", "0.10", "0.15", "0.25", "0.40", "0.65",
              "1.0", "1.5", "2.5", "4.0", "6.5", "10")
          .map(BigDecimal::new)
          .toList();

  private static final List<BigDecimal> BEYOND_TABLES =
      Stream.of("15", "25", "40", "65", "100", "150", "250", "400", "650", "1000")
          .map(BigDecimal::new)
          .toList();

  /** Replaces the given value by the series' own spelling, so 1 and 1.00 are the same AQL. */
  public Aql {
    if (percent == null) {
      throw new IllegalArgumentException("AQL is missing");
    }
    BigDecimal given = percent;
    percent =
        SERIES.stream()
            .filter(v -> v.compareTo(given) == 0)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(refusal(given)));
  }

  /** Reads an AQL such as {@code 1.0} or {@code 0.065}. */
  public static Aql parse(String text) {
    try {
      return new Aql(new BigDecimal(text.trim()));
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("AQL '" + text + "' is not a number", e);
    }
  }

  /** All covered AQLs, tightest first. */
  public static List<Aql> all() {
    return SERIES.stream().map(Aql::new).toList();
  }

  /** The next tighter AQL of the series, if any (used by the switching score). */
  public Optional<Aql> tighter() {
    int i = column();
    return i == 0 ? Optional.empty() : Optional.of(new Aql(SERIES.get(i - 1)));
  }

  /** The column of the master tables, 0 for 0.010. */
  int column() {
    return SERIES.indexOf(percent);
  }

  private static String refusal(BigDecimal given) {
    if (BEYOND_TABLES.stream().anyMatch(v -> v.compareTo(given) == 0)) {
      return "AQL "
          + given.toPlainString()
          + " is in the preferred series but beyond the tables held (0.010 to 10)";
    }
    return "AQL "
        + given.toPlainString()
        + " is not in the preferred series; use one of 0.010, 0.015, 0.025, 0.040, 0.065, 0.10,"
        + " 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5, 10";
  }

  @Override
  public int compareTo(Aql other) {
    return percent.compareTo(other.percent);
  }

  @Override
  public String toString() {
    return percent.toPlainString();
  }
}
