package io.tally.orders;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.sql.Date;
import java.time.LocalDate;
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
              rs.getString(8),
              rs.getLong(9),
              rs.getLong(10));

  private final JdbcClient jdbc;

  OrderProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("customer_order");
  }

  @Override
  public void apply(LedgerEntry e) {
    if (!e.type().equals(Orders.RECORDED)) {
      return;
    }
    var p = e.payload();
    jdbc.sql(
            "INSERT INTO customer_order (id, customer, authorisation, product, quantity, due,"
                + " priority, status, recorded_seq) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)")
        .params(
            p.text("order"),
            p.text("customer"),
            p.text("authorisation"),
            p.text("product"),
            p.number("quantity"),
            Date.valueOf(LocalDate.parse(p.text("due"))),
            (int) p.number("priority"),
            e.seq())
        .update();
    jdbc.sql("UPDATE authorisation SET ordered = ordered + ? WHERE id = ?")
        .params(p.number("quantity"), p.text("authorisation"))
        .update();
  }
}
