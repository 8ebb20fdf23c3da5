package io.tally.orders;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Orders, and the quantity each authorisation has reserved for them. */
@Component
class OrderProjection implements Projection {
  static final String SELECT =
      "SELECT id, customer, authorisation, product, quantity, due, priority, status, recorded_seq,"
          + " shipped FROM customer_order";
  static final RowMapper<CustomerOrder> MAPPER =
      (rs, n) ->
          new CustomerOrder(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getLong(5),
              rs.getDate(6).toLocalDate(),
              rs.getInt(7),
              OrderStatus.valueOf(rs.getString(8)),
              rs.getLong(9),
              rs.getLong(10));

  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers().on(OrderEvent.OrderRecorded.class, this::recorded);

  OrderProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("customer_order");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void recorded(OrderEvent.OrderRecorded o, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO customer_order (id, customer, authorisation, product, quantity, due,"
                + " priority, status, recorded_seq) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)")
        .params(
            o.order(),
            o.customer(),
            o.authorisation(),
            o.product(),
            o.quantity(),
            Date.valueOf(o.due()),
            o.priority(),
            e.seq())
        .update();
    jdbc.sql("UPDATE authorisation SET ordered = ordered + ? WHERE id = ?")
        .params(o.quantity(), o.authorisation())
        .update();
  }
}
