package io.tally.ledger;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached (down, restarting, the network cut, no connection to be
 * had within the pool's timeout, a lock not had within the lock timeout) from every other failure,
 * so a request that met it is answered {@code 503} with {@code Retry-After} instead of {@code 500}.
 * A command is one transaction, so such a failure leaves nothing half-done; whether it was recorded
 * before the line broke, the client learns by sending it again with the same idempotency key.
 */
public final class DatabaseOutage {
  /** Seconds a client should wait before sending again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** The problem's detail. */
  public static final String DETAIL =
      "the database cannot be reached, or is too busy, just now; send the request again after "
          + RETRY_AFTER_SECONDS
          + " s with the same Idempotency-Key (a request already recorded takes effect once)";

  /**
   * SQL states of a lost or refused connection: class 08 (connection exception), PostgreSQL's
   * shutting down, crashed, starting up and too many connections, H2's connection broken and
   * database closed; and of a lock not had in time (H2's lock timeout HYT00, PostgreSQL's
   * lock_not_available 55P03): the whole command was rolled back, so sending it again with the same
   * key is safe, and a machine overloaded past its lock timeout is not a bug to answer with 500.
   */
  private static final Set<String> STATES =
      Set.of("57P01", "57P02", "57P03", "53300", "90067", "90098", "90121", "HYT00", "55P03");

  private DatabaseOutage() {}

  /** Whether {@code failure} or one of its causes says the database cannot be reached. */
  public static boolean isOutage(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotAcquireLockException
          || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException
          || t instanceof SocketException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || STATES.contains(state))) {
          return true;
        }
        // The pool's answer for a connection it has closed under a failing statement.
        String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("connection is closed")
            || message.contains("connection has been closed")) {
          return true;
        }
      }
      // A rollback that failed hides the error that caused it: look at that one too.
      if (t instanceof TransactionSystemException tse
          && tse.getApplicationException() != null
          && tse.getApplicationException() != t
          && isOutage(tse.getApplicationException())) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (s != t && isOutage(s)) {
          return true;
        }
      }
    }
    return false;
  }
}
