package io.tally.traceability;

import io.tally.ledger.WriteBehind;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The scrap_stock table: rejected rounds by lot, reason, location and state of custody. */
@Component
class ScrapStock {
  static final String REJECT_STORE = "REJECT_STORE";
  static final String AWAITING = "AWAITING_DESTRUCTION";
  static final String DESTROYED = "DESTROYED";
  static final String LINE = "LINE";
  static final String QUALITY = "QUALITY";
  static final String RETAINED = "RETAINED";

  /** Rounds a customer returned that quality scrapped. */
  static final String RETURN = "RETURN";

  private final JdbcClient jdbc;
  private final WriteBehind writes;

  ScrapStock(JdbcClient jdbc, WriteBehind writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  /**
   * Adds (or, negative, removes) rounds. A count correction may take back more line rejects than
   * the store holds; the balance then shows negative rather than hide what was taken.
   */
  void add(String lot, String reason, String location, String state, long quantity) {
    if (quantity == 0) {
      return;
    }
    // Two writes that need no answer (so they go with the command's other writes, see
    // WriteBehind): the row if there is none yet, then the change.
    writes.update(
        "INSERT INTO scrap_stock (lot, reason, location, state, quantity) VALUES (?, ?, ?, ?, 0)"
            + " ON CONFLICT DO NOTHING",
        lot,
        reason,
        location,
        state);
    writes.update(
        "UPDATE scrap_stock SET quantity = quantity + ? WHERE lot = ? AND reason = ? AND"
            + " location = ? AND state = ?",
        quantity,
        lot,
        reason,
        location,
        state);
  }

  /** The lot's rows in a state with rounds in them, by location then reason. */
  List<ScrapRow> rows(String lot, String state) {
    return jdbc.sql(
            "SELECT lot, reason, location, state, quantity FROM scrap_stock WHERE lot = ? AND"
                + " state = ? AND quantity > 0 ORDER BY location, reason")
        .params(lot, state)
        .query(ScrapRow.class)
        .list();
  }
}
