package io.tally.traceability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a traceability command's checks and its entries one step. Every ledger append locks the
 * ledger's head row; taking that lock before checking stock, units, lot status or an authorisation
 * means no other command (a second shipment, quality holding the lot) can append between the check
 * and the entries it allows. It is held only for the rest of this short transaction.
 */
@Component
class TraceLock {
  private final JdbcClient jdbc;

  TraceLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void acquire() {
    jdbc.sql("SELECT seq FROM ledger_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
  }
}
