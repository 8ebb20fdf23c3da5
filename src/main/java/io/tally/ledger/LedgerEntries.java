package io.tally.ledger;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads entries back: one, a page, or all of them in order as a stream for verify and replay. */
@Component
public class LedgerEntries {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final int PAGE = 5000;
  private static final String COLUMNS =
      "seq, epoch_millis, actor, type, corrects, payload, prev_hash, hash";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  LedgerEntries(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  LedgerEntry.Payload parse(String payload) {
    return new LedgerEntry.Payload(json.readValue(payload, MAP));
  }

  private final RowMapper<LedgerEntry> mapper =
      (rs, n) -> {
        String payload = rs.getString("payload");
        long correctsValue = rs.getLong("corrects");
        Long corrects = rs.wasNull() ? null : correctsValue;
        return new LedgerEntry(
            rs.getLong("seq"),
            java.time.Instant.ofEpochMilli(rs.getLong("epoch_millis")),
            rs.getString("actor"),
            rs.getString("type"),
            corrects,
            parse(payload),
            payload,
            rs.getString("prev_hash"),
            rs.getString("hash"));
      };

  public Optional<LedgerEntry> find(long seq) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entry WHERE seq = ?")
        .param(seq)
        .query(mapper)
        .optional();
  }

  /** Entries from a sequence on, in order, at most {@code limit}, optionally of one type. */
  public List<LedgerEntry> page(long fromSeq, int limit, String type) {
    String where = type == null ? "" : " AND type = :type";
    var spec =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM ledger_entry WHERE seq >= :from"
                    + where
                    + " ORDER BY seq LIMIT :limit")
            .param("from", fromSeq)
            .param("limit", limit);
    if (type != null) {
      spec = spec.param("type", type);
    }
    return spec.query(mapper).list();
  }

  /**
   * Entries from a sequence on, in order, at most {@code limit}, with their payload left as
   * recorded: {@link LedgerEntry#payload()} is empty, {@link LedgerEntry#payloadJson()} holds it.
   * For code that passes the payload on as it is (the event outbox), so a page costs no parsing.
   */
  public List<LedgerEntry> pageUnparsed(long fromSeq, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entry WHERE seq >= ? ORDER BY seq LIMIT ?")
        .params(fromSeq, limit)
        .query(unparsed)
        .list();
  }

  private static final LedgerEntry.Payload UNPARSED = new LedgerEntry.Payload(Map.of());

  private final RowMapper<LedgerEntry> unparsed =
      (rs, n) -> {
        long correctsValue = rs.getLong("corrects");
        Long corrects = rs.wasNull() ? null : correctsValue;
        return new LedgerEntry(
            rs.getLong("seq"),
            java.time.Instant.ofEpochMilli(rs.getLong("epoch_millis")),
            rs.getString("actor"),
            rs.getString("type"),
            corrects,
            UNPARSED,
            rs.getString("payload"),
            rs.getString("prev_hash"),
            rs.getString("hash"));
      };

  /** The last entries, newest first. */
  public List<LedgerEntry> latest(int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entry ORDER BY seq DESC LIMIT ?")
        .param(limit)
        .query(mapper)
        .list();
  }

  /**
   * The newest entries whose payload holds {@code value} as a whole JSON string (a lot number, an
   * SSCC), newest first: what a page shows as the entries behind a lot. The ledger has no index by
   * payload, so this reads the table; it serves one page view, not a hot path.
   */
  public List<LedgerEntry> mentioning(String value, int limit) {
    String escaped = value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM ledger_entry WHERE payload LIKE ? ESCAPE '!' ORDER BY seq DESC LIMIT ?")
        .params("%\"" + escaped + "\"%", limit)
        .query(mapper)
        .list();
  }

  /** Every entry in order, read in pages so a long ledger never sits in memory whole. */
  public void forEach(Consumer<LedgerEntry> action) {
    from(1).forEachRemaining(action);
  }

  /** The entries from a sequence on, in order, read a page at a time as the iterator advances. */
  Iterator<LedgerEntry> from(long fromSeq) {
    return new Iterator<>() {
      private List<LedgerEntry> page = List.of();
      private int next;
      private long from = fromSeq;
      private boolean last;

      @Override
      public boolean hasNext() {
        if (next == page.size() && !last) {
          page = page(from, PAGE, null);
          next = 0;
          last = page.size() < PAGE;
          if (!page.isEmpty()) {
            from = page.get(page.size() - 1).seq() + 1;
          }
        }
        return next < page.size();
      }

      @Override
      public LedgerEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(next++);
      }
    };
  }
}
