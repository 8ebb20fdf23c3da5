package io.tally.traceability;

import io.tally.plant.PlantService;
import io.tally.plant.model.PurchasedComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which suppliers may deliver which component: the plant file's list, overridden supplier by
 * supplier by the last approval or withdrawal an admin recorded in the ledger.
 */
@Component
public class SupplierApprovals {
  private final JdbcClient jdbc;
  private final PlantService plant;

  SupplierApprovals(JdbcClient jdbc, PlantService plant) {
    this.jdbc = jdbc;
    this.plant = plant;
  }

  public boolean approved(String component, String supplier) {
    return all().stream()
        .anyMatch(
            s -> s.approved() && s.component().equals(component) && s.supplier().equals(supplier));
  }

  /**
   * The approved suppliers of a component, in the order the plant file and the ledger name them.
   */
  public List<String> approvedFor(String component) {
    return all().stream()
        .filter(s -> s.approved() && s.component().equals(component))
        .map(SupplierView::supplier)
        .toList();
  }

  /** Every supplier named for a component, approved or withdrawn, by component. */
  public List<SupplierView> all() {
    Map<String, SupplierView> out = new LinkedHashMap<>();
    for (PurchasedComponent c : plant.plant().components()) {
      for (String s : c.suppliers()) {
        out.put(c.code() + "\n" + s, new SupplierView(c.code(), s, true, "PLANT_FILE", null, null));
      }
    }
    jdbc.sql(
            "SELECT component, supplier, approved, changed_by, reason FROM supplier_approval"
                + " ORDER BY seq")
        .query(
            (rs, n) ->
                new SupplierView(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getBoolean(3),
                    "LEDGER",
                    rs.getString(4),
                    rs.getString(5)))
        .list()
        .forEach(s -> out.put(s.component() + "\n" + s.supplier(), s));
    List<SupplierView> all = new ArrayList<>(out.values());
    all.sort(Comparator.comparing(SupplierView::component));
    return all;
  }

  SupplierView find(String component, String supplier) {
    return all().stream()
        .filter(s -> s.component().equals(component) && s.supplier().equals(supplier))
        .findFirst()
        .orElse(new SupplierView(component, supplier, false, "PLANT_FILE", null, null));
  }
}
