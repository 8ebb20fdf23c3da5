package io.tally.traceability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises traceability's commands: each takes this row lock before it checks stock, units or an
 * authorisation, so two warehouse users cannot both take the last 1,000 rounds.
 */
@Component
class TraceLock {
  private final JdbcClient jdbc;

  TraceLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void acquire() {
    jdbc.sql("SELECT id FROM trace_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
  }
}
