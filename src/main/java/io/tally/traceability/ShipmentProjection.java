package io.tally.traceability;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shipments and their lines. What a created shipment uses of its authorisation is booked by the
 * orders module, which owns authorisations, from the same ShipmentCreated entry.
 */
@Component
class ShipmentProjection implements Projection {
  private final JdbcClient jdbc;

  ShipmentProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("shipment_line", "shipment");
  }

  @Override
  public void apply(LedgerEntry e) {
    var p = e.payload();
    switch (e.type()) {
      case TraceEvents.SHIPMENT_CREATED -> {
        jdbc.sql(
                "INSERT INTO shipment (id, customer, authorisation, product, quantity, status,"
                    + " created_by, created_seq) VALUES (?, ?, ?, ?, ?, 'CREATED', ?, ?)")
            .params(
                p.text("shipment"),
                p.text("customer"),
                p.text("authorisation"),
                p.text("product"),
                p.number("quantity"),
                e.actor(),
                e.seq())
            .update();
        int no = 0;
        for (Map<String, Object> line : p.list("lines")) {
          jdbc.sql(
                  "INSERT INTO shipment_line (shipment, line_no, lot, quantity, location, unit)"
                      + " VALUES (?, ?, ?, ?, ?, ?)")
              .params(
                  p.text("shipment"),
                  ++no,
                  line.get("lot").toString(),
                  ((Number) line.get("quantity")).longValue(),
                  line.get("location").toString(),
                  line.get("unit") == null ? null : line.get("unit").toString())
              .update();
        }
      }
      case TraceEvents.SHIPMENT_APPROVED ->
          jdbc.sql(
                  "UPDATE shipment SET status = 'APPROVED', approved_by = ?, approved_seq = ?"
                      + " WHERE id = ?")
              .params(e.actor(), e.seq(), p.text("shipment"))
              .update();
      case TraceEvents.SHIPMENT_DISPATCHED ->
          jdbc.sql("UPDATE shipment SET status = 'DISPATCHED', dispatched_seq = ? WHERE id = ?")
              .params(e.seq(), p.text("shipment"))
              .update();
      default -> {}
    }
  }
}
