package io.tally.plant.model;

import java.util.List;
import java.util.Objects;

/**
 * A component bought in for the bills of materials: the suppliers approved to deliver it, how its
 * lots are sampled at receipt (ISO 2859-1 inspection level and AQL), and how far a lot's use may
 * stray from its bill of materials before the balance is flagged.
 */
public record PurchasedComponent(
    String code,
    List<String> suppliers,
    String inspectionLevel,
    double aql,
    double balanceTolerancePercent) {
  /** General inspection level II, the standard's default. */
  public static final String DEFAULT_LEVEL = "II";

  /** 1.0 % nonconforming: a usual AQL for major defects of bought-in parts. */
  public static final double DEFAULT_AQL = 1.0;

  /** Half a per cent of the expected use. */
  public static final double DEFAULT_TOLERANCE_PERCENT = 0.5;

  /** The longest supplier name (the receipt's free text). */
  public static final int SUPPLIER_MAX = 100;

  public PurchasedComponent {
    Ids.require(code, "component code");
    suppliers = List.copyOf(suppliers);
    for (String s : suppliers) {
      if (s.isBlank() || s.length() > SUPPLIER_MAX) {
        throw new IllegalArgumentException(
            "a supplier is 1 to " + SUPPLIER_MAX + " characters, not blank");
      }
    }
    if (suppliers.stream().distinct().count() != suppliers.size()) {
      throw new IllegalArgumentException("a supplier is listed twice");
    }
    Objects.requireNonNull(inspectionLevel, "inspectionLevel");
    if (!(aql > 0) || Double.isInfinite(aql)) {
      throw new IllegalArgumentException("aql must be a positive number, got " + aql);
    }
    if (!(balanceTolerancePercent >= 0) || balanceTolerancePercent > 100) {
      throw new IllegalArgumentException(
          "balanceTolerancePercent must be 0 to 100, got " + balanceTolerancePercent);
    }
  }

  /**
   * A component the file does not list: no supplier approved, the default sampling and tolerance.
   */
  public static PurchasedComponent unlisted(String code) {
    return new PurchasedComponent(
        code, List.of(), DEFAULT_LEVEL, DEFAULT_AQL, DEFAULT_TOLERANCE_PERCENT);
  }
}
