package io.tally.plant.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The components section: for each bought-in component of a bill of materials, its approved
 * suppliers, its receiving inspection (level, AQL) and its balance tolerance.
 */
final class ComponentSection {
  private static final List<String> LEVELS = List.of("S-1", "S-2", "S-3", "S-4", "I", "II", "III");
  private final FieldValues v;
  private final Set<String> inBoms = new HashSet<>();
  private final Set<String> seen = new HashSet<>();

  ComponentSection(FieldValues v, List<Product> products) {
    this.v = v;
    products.forEach(p -> p.bom().forEach(b -> inBoms.add(b.component())));
  }

  PurchasedComponent component(YamlNode n) {
    if (!n.checkMapping("code", "suppliers", "inspectionLevel", "aql", "balanceTolerancePercent")) {
      return null;
    }
    YamlNode codeNode = n.required("code");
    String code = v.value(codeNode, t -> Ids.require(t, "component code"));
    if (code != null && !inBoms.contains(code)) {
      codeNode.problem("component '" + code + "' is in no product's bill of materials");
    } else if (code != null && !seen.add(code)) {
      codeNode.problem("duplicate id '" + code + "'");
    }
    List<String> suppliers = suppliers(n.required("suppliers"));
    String level =
        n.get("inspectionLevel")
            .map(l -> v.value(l, ComponentSection::level))
            .orElse(PurchasedComponent.DEFAULT_LEVEL);
    Double aql = n.get("aql").map(v::positive).orElse(PurchasedComponent.DEFAULT_AQL);
    Double tolerance =
        n.get("balanceTolerancePercent")
            .map(t -> v.value(t, ComponentSection::percent))
            .orElse(PurchasedComponent.DEFAULT_TOLERANCE_PERCENT);
    if (code == null || level == null || aql == null || tolerance == null) {
      return null;
    }
    return v.build(n, () -> new PurchasedComponent(code, suppliers, level, aql, tolerance));
  }

  private List<String> suppliers(YamlNode list) {
    Set<String> named = new HashSet<>();
    return v.list(
        list,
        n -> {
          String s = supplier(n);
          if (s != null && !named.add(s)) {
            n.problem("supplier '" + s + "' is listed twice");
            return null;
          }
          return s;
        });
  }

  private String supplier(YamlNode n) {
    return v.value(
        n,
        t -> {
          if (t.isBlank() || t.length() > PurchasedComponent.SUPPLIER_MAX) {
            throw new IllegalArgumentException(
                "a supplier is 1 to " + PurchasedComponent.SUPPLIER_MAX + " characters");
          }
          return t;
        });
  }

  private static String level(String t) {
    if (!LEVELS.contains(t)) {
      throw new IllegalArgumentException(
          "unknown inspection level '" + t + "', expected S-1..S-4, I, II or III");
    }
    return t;
  }

  private static Double percent(String t) {
    double p = Double.parseDouble(t);
    if (!(p >= 0) || p > 100) {
      throw new IllegalArgumentException("must be a percentage from 0 to 100, got " + t);
    }
    return p;
  }
}
