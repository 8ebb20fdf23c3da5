package io.tally.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes the ledger's write lock (the head row) for the rest of the caller's transaction. A command
 * that checks state before it appends takes it first, so no other command can append between its
 * checks and its entries (one run per line, a lot's count, the next lot sequence); replay takes it
 * so the ledger it reads does not move.
 */
@Component
public class LedgerLock {
  private final JdbcClient jdbc;

  LedgerLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void hold() {
    if (TransactionSynchronizationManager.hasResource(GroupCommit.LOCK_HELD)) {
      return; // a group commit's batch holds it for every command in it
    }
    jdbc.sql("SELECT seq FROM ledger_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
  }
}
