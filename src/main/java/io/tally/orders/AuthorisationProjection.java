package io.tally.orders;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Authorisations and the quantity used of each: a shipment created under one (traceability's {@code
 * ShipmentCreated} entry) uses its quantity until it is cancelled before dispatch ({@code
 * ShipmentCancelled}), so everyone reads the same remaining quantity.
 */
@Component
class AuthorisationProjection implements Projection {
  /**
   * Traceability's event type for a created shipment; orders reads its authorisation and quantity.
   */
  static final String SHIPMENT_CREATED = "ShipmentCreated";

  /** Traceability's event type for a shipment cancelled before dispatch: its quantity is freed. */
  static final String SHIPMENT_CANCELLED = "ShipmentCancelled";

  static final String SELECT =
      "SELECT id, customer, product, quantity, used, valid_from, valid_to, document_ref,"
          + " recorded_seq, ordered, status FROM authorisation";
  static final RowMapper<Authorisation> MAPPER =
      (rs, n) ->
          new Authorisation(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getLong(4),
              rs.getLong(5),
              rs.getLong(4) - rs.getLong(5),
              rs.getLong(10),
              rs.getLong(4) - rs.getLong(10),
              rs.getDate(6).toLocalDate(),
              rs.getDate(7).toLocalDate(),
              rs.getString(8),
              rs.getLong(9),
              AuthorisationStatus.valueOf(rs.getString(11)));

  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers().on(OrderEvent.AuthorisationRecorded.class, this::recorded);

  AuthorisationProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("authorisation");
  }

  @Override
  public void apply(LedgerEntry e) {
    if (e.type().equals(SHIPMENT_CREATED) || e.type().equals(SHIPMENT_CANCELLED)) {
      long quantity = e.payload().number("quantity");
      jdbc.sql("UPDATE authorisation SET used = used + ? WHERE id = ?")
          .params(
              e.type().equals(SHIPMENT_CREATED) ? quantity : -quantity,
              e.payload().text("authorisation"))
          .update();
      return;
    }
    handlers.apply(e);
  }

  private void recorded(OrderEvent.AuthorisationRecorded a, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO authorisation (id, customer, product, quantity, used, valid_from,"
                + " valid_to, document_ref, recorded_seq) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)")
        .params(
            a.id(),
            a.customer(),
            a.product(),
            a.quantity(),
            Date.valueOf(a.validFrom()),
            Date.valueOf(a.validTo()),
            a.documentRef(),
            e.seq())
        .update();
  }
}
