package io.tally.traceability;

import io.tally.kernel.CommandRejected;
import io.tally.traceability.HoldEvent.HeldItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads holds, what they hold and where the held material is in stock now. */
@Component
public class HoldQueries {
  private static final String COLUMNS =
      "SELECT id, subject, kind, reason, downstream, recall, status, placed_by, released_by,"
          + " release_reason FROM hold";
  private final JdbcClient jdbc;
  private final Inventory inventory;

  HoldQueries(JdbcClient jdbc, Inventory inventory) {
    this.jdbc = jdbc;
    this.inventory = inventory;
  }

  public Optional<HoldView> find(String id) {
    return jdbc.sql(COLUMNS + " WHERE id = ?")
        .param(id)
        .query((rs, n) -> view(rs, true))
        .optional();
  }

  /** Hold {@code id}, or a refusal naming it. */
  public HoldView require(String id) {
    return find(id).orElseThrow(() -> CommandRejected.notFound("hold", "no hold '" + id + "'"));
  }

  /** The newest holds first, active ones before released ones, without their stock. */
  public List<HoldView> recent(int limit) {
    return jdbc.sql(
            COLUMNS
                + " ORDER BY CASE WHEN status = 'ACTIVE' THEN 0 ELSE 1 END, placed_seq DESC LIMIT ?")
        .param(limit)
        .query((rs, n) -> view(rs, false))
        .list();
  }

  /** The active holds that hold {@code item} (a lot, component lot or unit), oldest first. */
  public List<HoldView> activeOn(String item) {
    return jdbc.sql(
            COLUMNS
                + " WHERE status = 'ACTIVE' AND id IN (SELECT hold FROM hold_item WHERE item = ?)"
                + " ORDER BY placed_seq")
        .param(item)
        .query((rs, n) -> view(rs, false))
        .list();
  }

  private HoldView view(ResultSet rs, boolean withStock) throws SQLException {
    String id = rs.getString(1);
    List<HeldItem> items = items(id);
    return new HoldView(
        id,
        rs.getString(2),
        HoldKind.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getBoolean(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        items,
        withStock ? stock(items) : List.of());
  }

  private List<HeldItem> items(String hold) {
    return jdbc.sql("SELECT kind, item FROM hold_item WHERE hold = ? ORDER BY kind, item")
        .param(hold)
        .query((rs, n) -> new HeldItem(HoldKind.valueOf(rs.getString(1)), rs.getString(2)))
        .list();
  }

  /** Where the held lots and component lots are in stock (quarantine, released, held) now. */
  private List<Inventory.StockLine> stock(List<HeldItem> items) {
    List<Inventory.StockLine> out = new ArrayList<>();
    List<Inventory.StockLine> components = null;
    for (HeldItem i : items) {
      if (i.kind() == HoldKind.LOT) {
        inventory.finished(i.id()).stream()
            .filter(s -> StockState.IN_STOCK.contains(StockState.valueOf(s.state())))
            .forEach(out::add);
      } else if (i.kind() == HoldKind.COMPONENT_LOT) {
        if (components == null) {
          components = inventory.components();
        }
        components.stream().filter(s -> s.lot().equals(i.id())).forEach(out::add);
      }
    }
    return out;
  }
}
