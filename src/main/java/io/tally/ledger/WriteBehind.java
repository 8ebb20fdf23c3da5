package io.tally.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes whose row count nobody reads (a projection's increment, a ledger entry, an idempotency
 * record), held back inside a transaction and sent with the writes after them, in order, in one
 * round trip, before the transaction's next statement of any kind and before its commit. So a
 * statement sees everything written before it, as if each write had been sent at once; what changes
 * is only when a broken write is reported: by the next statement, or by {@link GroupCommit} at the
 * end of the command that made it (then that command alone is refused). On PostgreSQL a count
 * report's dozen writes are one round trip instead of a dozen (docs/group-commit.md). Outside a
 * transaction a write is sent at once.
 */
@Component
public class WriteBehind {
  private final DataSource dataSource;
  private final JdbcTemplate jdbc;

  WriteBehind(DataSource dataSource, JdbcTemplate jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  /** Runs {@code sql} (an INSERT, UPDATE or DELETE) with {@code params}, now or held back. */
  public void update(String sql, Object... params) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      Connection c = DataSourceUtils.getConnection(dataSource);
      try {
        if (c instanceof WriteBehindConnections.Held held) {
          held.hold(sql, params);
          return;
        }
      } finally {
        DataSourceUtils.releaseConnection(c, dataSource);
      }
    }
    jdbc.update(sql, params);
  }

  /**
   * Sends what the current transaction holds back now (then {@code after}, a statement with no
   * parameters, in the same round trip when not null), reporting a broken write as the exception
   * its statement would have thrown.
   */
  void flush(@Nullable String after) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      if (c instanceof WriteBehindConnections.Held held) {
        if (after != null) {
          held.hold(after);
        }
        held.flush();
      } else if (after != null) {
        jdbc.execute(after);
      }
    } catch (SQLException e) {
      throw translate(e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /** Drops what the current transaction holds back (its command was refused). */
  void discard() {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      if (c instanceof WriteBehindConnections.Held held) {
        held.discard();
      }
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  private DataAccessException translate(SQLException e) {
    DataAccessException translated =
        jdbc.getExceptionTranslator().translate("write behind", null, e);
    return translated != null
        ? translated
        : new org.springframework.jdbc.UncategorizedSQLException("write behind", null, e);
  }
}
