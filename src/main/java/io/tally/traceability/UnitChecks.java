package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.plant.model.Product;
import io.tally.traceability.sscc.Sscc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The guards of the packaging commands, each refusal naming the field at fault. */
@Component
class UnitChecks {
  private final JdbcClient jdbc;
  private final Units units;
  private final Locations locations;

  UnitChecks(JdbcClient jdbc, Units units, Locations locations) {
    this.jdbc = jdbc;
    this.units = units;
    this.locations = locations;
  }

  String productOf(String lot) {
    return jdbc.sql("SELECT product FROM finished_lot WHERE lot = ?")
        .param(lot)
        .query(String.class)
        .optional()
        .orElseThrow(() -> CommandRejected.notFound("lot", "no finished lot '" + lot + "'"));
  }

  /** A unit that exists, is packed (not shipped, not split) and no stocktake freezes. */
  UnitView packed(String field, String text) {
    String sscc;
    try {
      sscc = Sscc.parse(text).value();
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid(field, e.getMessage());
    }
    UnitView u =
        units
            .find(sscc)
            .orElseThrow(() -> CommandRejected.notFound(field, "no packaging unit " + sscc));
    if (!u.state().equals("PACKED")) {
      throw CommandRejected.conflict(field, "unit " + sscc + " is " + u.state());
    }
    locations.unitUsable(field, u);
    return u;
  }

  /** Packed units of one level, product and location, each in no other unit, none twice. */
  List<UnitView> looseUnits(String field, List<String> codes) {
    List<UnitView> out = new ArrayList<>();
    var seen = new HashSet<String>();
    for (int i = 0; i < codes.size(); i++) {
      String f = field + "[" + i + "]";
      UnitView u = packed(f, codes.get(i));
      if (!seen.add(u.sscc())) {
        throw CommandRejected.invalid(f, "unit " + u.sscc() + " is listed twice");
      }
      if (u.parent() != null) {
        throw CommandRejected.conflict(f, "unit " + u.sscc() + " is inside unit " + u.parent());
      }
      UnitView first = out.isEmpty() ? u : out.get(0);
      if (u.depth() != first.depth()
          || !u.product().equals(first.product())
          || !u.location().equals(first.location())) {
        throw CommandRejected.invalid(
            f, "units put together are of one level, one product and at one location");
      }
      out.add(u);
    }
    return out;
  }

  void fits(UnitView unit, UnitView parent, int childrenNow, List<Product.PackagingLevel> levels) {
    if (parent.depth() != unit.depth() + 1
        || !parent.product().equals(unit.product())
        || !parent.location().equals(unit.location())) {
      throw CommandRejected.invalid(
          "toParent",
          "a "
              + unit.level()
              + " of "
              + unit.product()
              + " at "
              + unit.location()
              + " cannot go into "
              + parent.level()
              + " "
              + parent.sscc());
    }
    if (parent.sscc().equals(unit.parent())) {
      throw CommandRejected.invalid("toParent", "unit " + unit.sscc() + " is in that unit already");
    }
    if (childrenNow >= levels.get(parent.depth()).contains()) {
      throw CommandRejected.conflict("toParent", parent.level() + " " + parent.sscc() + " is full");
    }
  }

  UnitView splittable(String text, List<Long> quantities) {
    UnitView u = packed("unit", text);
    if (u.depth() != 0 || u.parent() != null) {
      throw CommandRejected.invalid(
          "unit", "only a first-level unit in no other unit is split; repack it out first");
    }
    if (quantities == null || quantities.size() < 2) {
      throw CommandRejected.invalid("quantities", "a split gives at least two units");
    }
    long sum = 0;
    for (int i = 0; i < quantities.size(); i++) {
      Long q = quantities.get(i);
      if (q == null || q <= 0) {
        throw CommandRejected.invalid("quantities[" + i + "]", "a quantity is at least 1");
      }
      sum += q;
    }
    if (sum != u.quantity()) {
      throw CommandRejected.invalid(
          "quantities",
          "the quantities add up to " + sum + "; unit " + u.sscc() + " holds " + u.quantity());
    }
    return u;
  }

  /** The depth of the new unit: the level above the children's, holding no more than it may. */
  int aggregateDepth(List<UnitView> children, String level, List<Product.PackagingLevel> levels) {
    UnitView first = children.get(0);
    int depth = first.depth() + 1;
    if (depth >= levels.size() || !levels.get(depth).level().equals(level)) {
      throw CommandRejected.invalid(
          "level",
          "a "
              + first.level()
              + " goes into a "
              + (depth < levels.size() ? levels.get(depth).level() : "(no higher level)")
              + ", not '"
              + level
              + "'");
    }
    if (children.size() > levels.get(depth).contains()) {
      throw CommandRejected.invalid(
          "children",
          "a "
              + level
              + " holds "
              + levels.get(depth).contains()
              + " "
              + first.level()
              + "es, not "
              + children.size());
    }
    return depth;
  }
}
