package io.tally.traceability;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Packaging units: packed, aggregated, repacked, split, and shipped with their shipment. */
@Component
class PackagingProjection implements Projection {
  private final JdbcClient jdbc;
  private final Units units;

  PackagingProjection(JdbcClient jdbc, Units units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  @Override
  public List<String> tables() {
    return List.of("unit_content", "packaging_unit");
  }

  @Override
  public void apply(LedgerEntry e) {
    var p = e.payload();
    switch (e.type()) {
      case TraceEvents.UNITS_PACKED -> {
        for (Map<String, Object> u : p.list("units")) {
          insert(u.get("sscc").toString(), p.text("level"), 0, p, e.seq());
          units.addContent(u.get("sscc").toString(), p.text("lot"), number(u, "quantity"));
        }
      }
      case TraceEvents.UNIT_AGGREGATED -> {
        String sscc = p.text("sscc");
        insert(sscc, p.text("level"), (int) p.number("depth"), p, e.seq());
        for (Map<String, Object> c : p.list("children")) {
          jdbc.sql("UPDATE packaging_unit SET parent = ? WHERE sscc = ?")
              .params(sscc, c.get("sscc").toString())
              .update();
        }
        for (Map<String, Object> c : p.list("contents")) {
          units.addContent(sscc, c.get("lot").toString(), number(c, "quantity"));
        }
      }
      case TraceEvents.UNIT_REPACKED -> repack(e);
      case TraceEvents.UNIT_SPLIT -> {
        jdbc.sql("UPDATE packaging_unit SET state = 'SPLIT' WHERE sscc = ?")
            .param(p.text("unit"))
            .update();
        for (Map<String, Object> u : p.list("into")) {
          insert(u.get("sscc").toString(), p.text("level"), 0, p, e.seq());
          units.addContent(u.get("sscc").toString(), p.text("lot"), number(u, "quantity"));
        }
      }
      case TraceEvents.UNIT_MOVED -> units.relocateTree(p.text("unit"), p.text("to"));
      case TraceEvents.SHIPMENT_DISPATCHED -> {
        for (Object unit : (List<?>) p.fields().getOrDefault("units", List.of())) {
          units.markTree(unit.toString(), "SHIPPED");
        }
      }
      default -> {}
    }
  }

  private void repack(LedgerEntry e) {
    var p = e.payload();
    String unit = p.text("unit");
    List<Map<String, Object>> contents = p.list("contents");
    String from = p.textOrNull("fromParent");
    if (from != null) {
      contents.forEach(
          c -> units.addContent(from, c.get("lot").toString(), -number(c, "quantity")));
    }
    String to = p.textOrNull("toParent");
    jdbc.sql("UPDATE packaging_unit SET parent = ? WHERE sscc = ?").params(to, unit).update();
    if (to != null) {
      contents.forEach(c -> units.addContent(to, c.get("lot").toString(), number(c, "quantity")));
    }
  }

  private void insert(String sscc, String level, int depth, LedgerEntry.Payload p, long seq) {
    jdbc.sql(
            "INSERT INTO packaging_unit (sscc, level, depth, product, location, parent, state,"
                + " packed_seq) VALUES (?, ?, ?, ?, ?, NULL, 'PACKED', ?)")
        .params(sscc, level, depth, p.text("product"), p.text("location"), seq)
        .update();
  }

  private static long number(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).longValue();
  }
}
