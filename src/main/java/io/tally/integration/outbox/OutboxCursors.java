package io.tally.integration.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last sequence each destination acknowledged, kept in the database: the relay resumes from it
 * after a restart or an outage. Not a projection: replay leaves it alone, and it never moves back.
 */
@Component
class OutboxCursors {
  private final JdbcClient jdbc;
  private final Clock clock;

  OutboxCursors(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  long last(String destination) {
    return jdbc.sql("SELECT last_seq FROM outbox_cursor WHERE destination = ?")
        .param(destination)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** Moves the cursor forward to {@code seq} (autocommit: durable when this returns). */
  void advance(String destination, long seq) {
    Timestamp now = Timestamp.from(clock.instant());
    int updated =
        jdbc.sql(
                "UPDATE outbox_cursor SET last_seq = ?, updated_at = ?"
                    + " WHERE destination = ? AND last_seq < ?")
            .params(seq, now, destination, seq)
            .update();
    if (updated == 0 && last(destination) == 0 && seq > 0) {
      jdbc.sql("INSERT INTO outbox_cursor (destination, last_seq, updated_at) VALUES (?, ?, ?)")
          .params(destination, seq, now)
          .update();
    }
  }
}
