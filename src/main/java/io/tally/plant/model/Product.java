package io.tally.plant.model;

import io.tally.input.gs1.Gtin;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A product as Tally knows it: a code, a name, a family, a unit, a bill of materials by component
 * code and count, a packaging scheme, a quality plan and, where it has one, its GTIN (for AI 02 on
 * logistic labels). Never design or process data.
 */
public record Product(
    ProductCode code,
    String name,
    String family,
    String unit,
    long lotSize,
    List<BomLine> bom,
    List<PackagingLevel> packaging,
    QualityPlan quality,
    LotRule lotRule,
    @Nullable Gtin gtin) {

  public Product {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(unit, "unit");
    if (lotSize <= 0) {
      throw new IllegalArgumentException("lot size must be positive");
    }
    bom = List.copyOf(bom);
    packaging = List.copyOf(packaging);
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(lotRule, "lotRule");
  }

  /** A product without a GTIN. */
  public Product(
      ProductCode code,
      String name,
      String family,
      String unit,
      long lotSize,
      List<BomLine> bom,
      List<PackagingLevel> packaging,
      QualityPlan quality,
      LotRule lotRule) {
    this(code, name, family, unit, lotSize, bom, packaging, quality, lotRule, null);
  }

  /** One component of the bill of materials: a component code and how many go into one unit. */
  public record BomLine(String component, double perUnit) {
    public BomLine {
      Ids.require(component, "component code");
      if (!(perUnit > 0)) {
        throw new IllegalArgumentException("count per unit must be positive");
      }
    }
  }

  /** A packaging level: how many of the level below (or units, for the first) one holds. */
  public record PackagingLevel(String level, int contains) {
    public PackagingLevel {
      Ids.require(level, "packaging level");
      if (contains <= 0) {
        throw new IllegalArgumentException("a packaging level must contain at least 1");
      }
    }
  }

  /** The inspection level and the classes of nonconformity with their AQL. */
  public record QualityPlan(String inspectionLevel, List<NonconformityClass> classes) {
    public QualityPlan {
      Objects.requireNonNull(inspectionLevel, "inspectionLevel");
      classes = List.copyOf(classes);
    }
  }

  /** A class of nonconformity (critical, major, minor) and its acceptance quality limit. */
  public record NonconformityClass(String name, double aql) {
    public NonconformityClass {
      Objects.requireNonNull(name, "name");
      if (!(aql > 0)) {
        throw new IllegalArgumentException("AQL must be positive");
      }
    }
  }

  /** A lot closes at a quantity or after some hours, whichever comes first. */
  public record LotRule(long maxQuantity, double maxHours) {
    public LotRule {
      if (maxQuantity <= 0 || !(maxHours > 0)) {
        throw new IllegalArgumentException("a lot rule needs a positive quantity and hours");
      }
    }
  }
}
