package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.ledger.LedgerEntries;
import io.tally.ledger.Projection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dropping every read model and replaying the ledger gives the same inventory, units, shipments.
 */
class ReplayTest extends TraceabilityApiSupport {
  static final List<String> TABLES =
      List.of(
          "finished_lot",
          "finished_stock",
          "component_lot",
          "component_stock",
          "consumption",
          "packaging_unit",
          "unit_content",
          "shipment",
          "shipment_line",
          "authorisation");

  @Autowired List<Projection> projections;
  @Autowired LedgerEntries entries;

  Map<String, List<String>> snapshot() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String t : TABLES) {
      out.put(
          t,
          jdbc
              .sql("SELECT * FROM " + t)
              .query(
                  (rs, n) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                      b.append(rs.getMetaData().getColumnName(i))
                          .append('=')
                          .append(rs.getString(i))
                          .append(';');
                    }
                    return b.toString();
                  })
              .list()
              .stream()
              .sorted()
              .toList());
    }
    return out;
  }

  @Test
  void replayingTheLedgerRebuildsTheSameState() throws Exception {
    String lot = releasedLotInStore();
    postAs(
        "wh-bob",
        "WAREHOUSE",
        "/api/units",
        """
        {"lot":"%s","location":"FG","units":3}"""
            .formatted(lot));
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 5_000);
    postAs(
        "wh-alice",
        "WAREHOUSE",
        "/api/shipments",
        shipment("SH-RP1", "ARMY", auth, loose(lot, 1_000, "FG")));
    plant.rework(lot, lot + "A", 100);
    Map<String, List<String>> before = snapshot();
    assertThat(before.get("finished_stock")).isNotEmpty();
    assertThat(before.get("packaging_unit")).hasSizeGreaterThanOrEqualTo(3);

    tx.executeWithoutResult(
        s -> {
          for (Projection p : projections) {
            p.tables().forEach(t -> jdbc.sql("DELETE FROM " + t).update());
          }
          entries.forEach(e -> projections.forEach(p -> p.apply(e)));
        });

    assertThat(snapshot()).isEqualTo(before);
  }
}
