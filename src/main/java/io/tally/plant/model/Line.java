package io.tally.plant.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A production line: the stage it belongs to, its lifecycle state as the plant file declares it,
 * its calendar, what it can make at what rate, its changeovers, its reliability and, when its
 * machine reports to Tally, where ({@link MachineSource}).
 */
public record Line(
    LineId id,
    String name,
    StageId stage,
    LineState state,
    CalendarId calendar,
    List<Capability> capabilities,
    Map<ProductCode, Map<ProductCode, Integer>> changeoverMinutes,
    Reliability reliability,
    @Nullable MachineSource machine) {

  public Line {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(calendar, "calendar");
    capabilities = List.copyOf(capabilities);
    changeoverMinutes = Map.copyOf(changeoverMinutes);
    Objects.requireNonNull(reliability, "reliability");
  }

  /** A line whose machine does not report to Tally (no {@code machine:} section). */
  public Line(
      LineId id,
      String name,
      StageId stage,
      LineState state,
      CalendarId calendar,
      List<Capability> capabilities,
      Map<ProductCode, Map<ProductCode, Integer>> changeoverMinutes,
      Reliability reliability) {
    this(id, name, stage, state, calendar, capabilities, changeoverMinutes, reliability, null);
  }

  /** The machine's source of counts and states, if the plant file names one. */
  public Optional<MachineSource> machineSource() {
    return Optional.ofNullable(machine);
  }

  /** The rate at which the line makes a product, if it can. */
  public Optional<Capability> capability(ProductCode product) {
    return capabilities.stream().filter(c -> c.product().equals(product)).findFirst();
  }

  public boolean canMake(ProductCode product) {
    return capability(product).isPresent();
  }

  /**
   * The rate the nameplate is derived from: the line's first (reference) product, as the plant file
   * lists it first. Zero for a line that makes nothing yet.
   */
  public double nameplateRatePerHour() {
    return capabilities.isEmpty() ? 0 : capabilities.get(0).ratedPerHour();
  }

  /** Minutes to change over from one product to another; zero for the same product. */
  public int changeoverMinutes(ProductCode from, ProductCode to) {
    if (from == null || from.equals(to)) {
      return 0;
    }
    Map<ProductCode, Integer> row = changeoverMinutes.get(from);
    Integer minutes = row == null ? null : row.get(to);
    if (minutes == null) {
      throw new IllegalArgumentException(
          "line " + id + " has no changeover from " + from + " to " + to);
    }
    return minutes;
  }

  /** A product the line can make and its rated rate in units per hour. */
  public record Capability(ProductCode product, double ratedPerHour) {
    public Capability {
      Objects.requireNonNull(product, "product");
      if (!(ratedPerHour > 0)) {
        throw new IllegalArgumentException("rated rate must be positive");
      }
    }
  }

  /**
   * Reliability for the twin: mean time between failures (in operating hours) and to repair (in
   * calendar hours), the distribution of the time to failure (its shape parameter: sigma of the log
   * for lognormal, k for Weibull; unused for exponential) and the scrap rate per part.
   */
  public record Reliability(
      double mtbfHours,
      double mttrHours,
      FailureDistribution failureDistribution,
      double shape,
      double scrapRate) {
    public Reliability {
      if (!(mtbfHours > 0) || !(mttrHours > 0)) {
        throw new IllegalArgumentException("MTBF and MTTR must be positive");
      }
      Objects.requireNonNull(failureDistribution, "failureDistribution");
      if (!(shape > 0)) {
        throw new IllegalArgumentException("shape must be positive");
      }
      if (!(scrapRate >= 0 && scrapRate < 1)) {
        throw new IllegalArgumentException("scrap rate must be at least 0 and below 1");
      }
    }

    /** Exponential failures and no scrap, the defaults of a plant file that says no more. */
    public Reliability(double mtbfHours, double mttrHours) {
      this(mtbfHours, mttrHours, FailureDistribution.EXPONENTIAL, 1, 0);
    }

    public double availability() {
      return mtbfHours / (mtbfHours + mttrHours);
    }
  }

  /** How the operating time between failures is distributed. */
  public enum FailureDistribution {
    EXPONENTIAL,
    LOGNORMAL,
    WEIBULL;

    public static FailureDistribution parse(String text) {
      for (FailureDistribution d : values()) {
        if (d.name().equalsIgnoreCase(text)) {
          return d;
        }
      }
      throw new IllegalArgumentException(
          "unknown failure distribution '"
              + text
              + "', expected exponential, lognormal or weibull");
    }
  }
}
