package io.tally.plant.model;

import io.tally.input.gs1.Gtin;
import java.util.List;

/** The products section: bill of materials, packaging, quality plan, lot rule. */
final class ProductSection {
  private final FieldValues v;

  ProductSection(FieldValues v) {
    this.v = v;
  }

  Product product(YamlNode n) {
    if (!n.checkMapping(
        "code",
        "name",
        "family",
        "unit",
        "lotSize",
        "bom",
        "packaging",
        "quality",
        "lotRule",
        "gtin")) {
      return null;
    }
    ProductCode code = v.value(n.required("code"), ProductCode::new);
    String name = n.required("name").text();
    String family = v.value(n.required("family"), t -> Ids.require(t, "family"));
    String unit = n.required("unit").text();
    Long lotSize = v.positiveLong(n.required("lotSize"));
    List<Product.BomLine> bom = v.list(n.get("bom"), this::bomLine);
    List<Product.PackagingLevel> packaging = v.list(n.get("packaging"), this::packagingLevel);
    Product.QualityPlan quality = qualityPlan(n.required("quality"));
    Product.LotRule lotRule = lotRule(n.required("lotRule"));
    Gtin gtin = n.get("gtin").map(g -> v.value(g, Gtin::new)).orElse(null);
    if (code == null
        || name == null
        || family == null
        || unit == null
        || lotSize == null
        || quality == null
        || lotRule == null) {
      return null;
    }
    return v.build(
        n,
        () ->
            new Product(code, name, family, unit, lotSize, bom, packaging, quality, lotRule, gtin));
  }

  Product.BomLine bomLine(YamlNode n) {
    if (!n.checkMapping("component", "perUnit")) {
      return null;
    }
    String component = v.value(n.required("component"), t -> Ids.require(t, "component code"));
    Double perUnit = v.positive(n.required("perUnit"));
    return component == null || perUnit == null ? null : new Product.BomLine(component, perUnit);
  }

  Product.PackagingLevel packagingLevel(YamlNode n) {
    if (!n.checkMapping("level", "contains")) {
      return null;
    }
    String level = v.value(n.required("level"), t -> Ids.require(t, "packaging level"));
    Long contains = v.positiveLong(n.required("contains"));
    return level == null || contains == null
        ? null
        : new Product.PackagingLevel(level, Math.toIntExact(contains));
  }

  Product.QualityPlan qualityPlan(YamlNode n) {
    if (n.isMissing() || !n.checkMapping("inspectionLevel", "classes")) {
      return null;
    }
    String level =
        v.value(
            n.required("inspectionLevel"),
            t -> {
              if (!List.of("S-1", "S-2", "S-3", "S-4", "I", "II", "III").contains(t)) {
                throw new IllegalArgumentException(
                    "unknown inspection level '" + t + "', expected S-1..S-4, I, II or III");
              }
              return t;
            });
    List<Product.NonconformityClass> classes = v.list(n.required("classes"), this::ncClass);
    return level == null ? null : new Product.QualityPlan(level, classes);
  }

  Product.NonconformityClass ncClass(YamlNode n) {
    if (!n.checkMapping("class", "aql")) {
      return null;
    }
    String name =
        v.value(
            n.required("class"),
            t -> {
              if (!List.of("critical", "major", "minor").contains(t)) {
                throw new IllegalArgumentException(
                    "unknown class '" + t + "', expected critical, major or minor");
              }
              return t;
            });
    Double aql = v.positive(n.required("aql"));
    return name == null || aql == null ? null : new Product.NonconformityClass(name, aql);
  }

  Product.LotRule lotRule(YamlNode n) {
    if (n.isMissing() || !n.checkMapping("maxQuantity", "maxHours")) {
      return null;
    }
    Long q = v.positiveLong(n.required("maxQuantity"));
    Double h = v.positive(n.required("maxHours"));
    return q == null || h == null ? null : new Product.LotRule(q, h);
  }
}
