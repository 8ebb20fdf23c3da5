package io.tally.ledger;

import io.tally.ledger.chain.EntryHash;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Background work that must run on one node at a time (head signing, the scheduler's solve, a
 * repair after a line change) takes a lease by name. On PostgreSQL the lease is a session advisory
 * lock on a connection of its own, so when the node holding it dies the database ends the session
 * and another node takes the work at its next try; on H2 (one process) it is a lock in memory.
 */
@Component
public class NodeLease {
  private static final Duration POLL = Duration.ofMillis(200);

  private final DataSource dataSource;
  private final Map<String, Semaphore> inProcess = new ConcurrentHashMap<>();
  private volatile Boolean postgres;

  NodeLease(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A lease held; closing it (from any thread) lets another node take the work. */
  public interface Lease extends AutoCloseable {
    @Override
    void close();
  }

  /** The lease, unless another node (or thread) holds it now. */
  public Optional<Lease> tryAcquire(String job) {
    return isPostgres() ? advisory(job) : inProcess(job);
  }

  /** Waits up to {@code patience} for the lease; empty if it stayed taken. */
  public Optional<Lease> acquire(String job, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      Optional<Lease> lease = tryAcquire(job);
      if (lease.isPresent() || System.nanoTime() > deadline) {
        return lease;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  /** Runs the work if this node gets the lease now; false when another node has it. */
  public boolean runIfFree(String job, Runnable work) {
    Optional<Lease> lease = tryAcquire(job);
    if (lease.isEmpty()) {
      return false;
    }
    try (Lease held = lease.get()) {
      work.run();
      return true;
    }
  }

  private boolean isPostgres() {
    Boolean pg = postgres;
    if (pg == null) {
      try (Connection con = dataSource.getConnection()) {
        pg = con.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
      }
      postgres = pg;
    }
    return pg;
  }

  /** A stable 64-bit key for the job's name, the same on every node. */
  static long key(String job) {
    return ByteBuffer.wrap(
            EntryHash.sha256(("tally-lease/" + job).getBytes(StandardCharsets.UTF_8)))
        .getLong();
  }

  private Optional<Lease> advisory(String job) {
    long key = key(job);
    Connection con = null;
    try {
      con = dataSource.getConnection();
      con.setAutoCommit(true);
      if (!call(con, "SELECT pg_try_advisory_lock(?)", key)) {
        con.close();
        return Optional.empty();
      }
      Connection held = con;
      return Optional.of(
          () -> {
            try (held) {
              call(held, "SELECT pg_advisory_unlock(?)", key);
            } catch (SQLException e) {
              // The connection is gone: so is its session, and the lock with it.
            }
          });
    } catch (SQLException e) {
      if (con != null) {
        try {
          con.close();
        } catch (SQLException ignored) {
          // closing a broken connection: nothing more to release
        }
      }
      throw new IllegalStateException("cannot take the lease " + job + ": " + e.getMessage(), e);
    }
  }

  private static boolean call(Connection con, String sql, long key) throws SQLException {
    try (PreparedStatement st = con.prepareStatement(sql)) {
      st.setLong(1, key);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private Optional<Lease> inProcess(String job) {
    Semaphore s = inProcess.computeIfAbsent(job, j -> new Semaphore(1));
    if (!s.tryAcquire()) {
      return Optional.empty();
    }
    boolean[] released = {false};
    return Optional.of(
        () -> {
          synchronized (released) {
            if (!released[0]) {
              released[0] = true;
              s.release();
            }
          }
        });
  }
}
