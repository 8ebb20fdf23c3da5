package io.tally.ledger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: commands that arrive while another batch is being written are applied together, in
 * order of arrival, in one transaction that holds the ledger's lock, and committed with one commit
 * (one fsync). Each command runs inside a savepoint, so it sees what the commands before it in the
 * batch wrote, and a command that throws (a refusal, a broken rule) is rolled back alone and gets
 * its own exception. Every caller is answered only after the batch has committed; when the commit
 * fails, every command of the batch fails with that error and nothing of it is kept.
 *
 * <p>There is no writer thread: the first caller to find no batch running leads one (so a lone
 * command runs at once on its own thread, with no hand-off), the others wait; when a batch has
 * committed its callers are released and the oldest waiting caller leads the next batch with all
 * that queued meanwhile. A leader whose previous batch held more than one command may wait up to
 * {@link GroupCommitProperties#maxWait()} for as many as that batch held. Design and alternatives:
 * docs/group-commit.md.
 */
@Service
public class GroupCommit {
  /** Bound to a batch's transaction while it holds the ledger lock (see {@link LedgerLock}). */
  static final Object LOCK_HELD = new Object();

  private final TransactionTemplate tx;
  private final int maxBatch;
  private final long maxWaitNanos;
  private final ReentrantLock mutex = new ReentrantLock();
  private final Condition arrived = mutex.newCondition();
  private final ArrayDeque<Pending<?>> queue = new ArrayDeque<>();
  private boolean leading;
  private int lastBatch = 1;

  private final JdbcTemplate jdbcTemplate;
  private final WriteBehind writes;
  private final DataSource dataSource;
  private volatile @Nullable Boolean postgres;

  GroupCommit(
      PlatformTransactionManager transactions,
      JdbcTemplate jdbcTemplate,
      WriteBehind writes,
      DataSource dataSource,
      GroupCommitProperties properties) {
    this.tx = new TransactionTemplate(transactions);
    this.jdbcTemplate = jdbcTemplate;
    this.writes = writes;
    this.dataSource = dataSource;
    this.maxBatch = properties.maxBatch();
    this.maxWaitNanos = properties.maxWait().toNanos();
  }

  /**
   * Runs {@code work} in a batch's transaction, under the ledger lock, and returns its answer once
   * the batch has committed; throws what {@code work} threw (its effects rolled back), or the
   * batch's commit failure. Called inside a transaction already, it runs there at once (that
   * transaction commits it).
   */
  public <T> T run(Supplier<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return work.get();
    }
    Pending<T> mine = new Pending<>(work, mutex.newCondition());
    mutex.lock();
    try {
      queue.add(mine);
      if (!leading) {
        leading = true;
        mine.lead = true;
      } else {
        arrived.signal();
        while (!mine.done && !mine.lead) {
          mine.ready.awaitUninterruptibly();
        }
      }
    } finally {
      mutex.unlock();
    }
    if (mine.lead) {
      lead();
    }
    return mine.answer();
  }

  /** Callers queued for the next batch (for tests). */
  int waiting() {
    mutex.lock();
    try {
      return queue.size();
    } finally {
      mutex.unlock();
    }
  }

  /** The size of the last batch committed or failed (for tests and the design note's figures). */
  int lastBatchSize() {
    mutex.lock();
    try {
      return lastBatch;
    } finally {
      mutex.unlock();
    }
  }

  private void lead() {
    List<Pending<?>> batch = new ArrayList<>();
    mutex.lock();
    try {
      int want = Math.min(lastBatch, maxBatch);
      if (maxWaitNanos > 0 && want > 1 && queue.size() < want) {
        long left = maxWaitNanos;
        while (queue.size() < want && left > 0) {
          try {
            left = arrived.awaitNanos(left);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
      while (!queue.isEmpty() && batch.size() < maxBatch) {
        batch.add(queue.poll());
      }
    } finally {
      mutex.unlock();
    }
    Batch running = new Batch(batch);
    try {
      tx.execute(
          status -> {
            TransactionSynchronizationManager.registerSynchronization(running);
            Savepoints savepoints =
                batch.size() == 1
                    ? new NoSavepoints()
                    : isPostgres() ? new SqlSavepoints() : new JdbcSavepoints(status);
            BatchHead head = new BatchHead(lockHead(savepoints.withLock()));
            TransactionSynchronizationManager.bindResource(LOCK_HELD, Boolean.TRUE);
            TransactionSynchronizationManager.bindResource(BatchHead.class, head);
            try {
              running.apply(savepoints, head);
              head.flush(writes);
            } finally {
              TransactionSynchronizationManager.unbindResource(BatchHead.class);
              TransactionSynchronizationManager.unbindResource(LOCK_HELD);
            }
            return null;
          });
      running.finish(null);
    } catch (RuntimeException | Error e) {
      running.finish(e);
    }
  }

  /**
   * Takes the ledger lock (the head row, so every Tally process on the database queues on it) and
   * reads the head, in one round trip with {@code then} (a first savepoint) when there is one.
   */
  private Ledger.Head lockHead(@Nullable String then) {
    String sql = "SELECT seq, hash FROM ledger_head WHERE id = 1 FOR UPDATE";
    return Objects.requireNonNull(
        jdbcTemplate.execute(
            (Statement st) -> {
              st.execute(then == null ? sql : sql + "; " + then);
              try (ResultSet rs = st.getResultSet()) {
                if (!rs.next()) {
                  throw new IllegalStateException("the ledger has no head row");
                }
                return new Ledger.Head(rs.getLong(1), rs.getString(2));
              }
            }));
  }

  /** One batch; as a synchronization it releases its callers first thing after the commit. */
  private final class Batch implements TransactionSynchronization {
    private final List<Pending<?>> members;
    private boolean finished;

    Batch(List<Pending<?>> members) {
      this.members = members;
    }

    /**
     * Runs the members in order, each followed by the writes it held back (so a broken write
     * refuses the command that made it, not the next one).
     */
    void apply(Savepoints savepoints, BatchHead head) {
      for (int i = 0; i < members.size(); i++) {
        Pending<?> p = members.get(i);
        boolean last = i == members.size() - 1;
        savepoints.set();
        List<TransactionSynchronization> before =
            TransactionSynchronizationManager.getSynchronizations();
        BatchHead.Snapshot headBefore = head.snapshot();
        try {
          p.runAlone();
          if (last) {
            head.flush(writes); // the head goes with the last command's writes
          }
          writes.flush(savepoints.afterSuccess(last));
        } catch (RuntimeException refused) {
          writes.discard();
          if (!savepoints.any()) {
            throw refused; // alone: the whole transaction rolls back with it
          }
          try {
            savepoints.rollBack();
          } catch (RuntimeException broken) {
            refused.addSuppressed(broken);
            throw refused;
          }
          head.restore(headBefore);
          // What the refused command registered to run after the commit goes with it.
          TransactionSynchronizationManager.clearSynchronization();
          TransactionSynchronizationManager.initSynchronization();
          before.forEach(TransactionSynchronizationManager::registerSynchronization);
          p.fail(refused);
        }
      }
      savepoints.done();
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void afterCommit() {
      finish(null);
    }

    /** Answers every member (with the batch's failure when there is one) and hands over. */
    void finish(@Nullable Throwable failure) {
      mutex.lock();
      try {
        if (finished) {
          return;
        }
        finished = true;
        lastBatch = members.size();
        for (Pending<?> p : members) {
          if (failure != null) {
            p.fail(failure);
          }
          p.done = true;
          p.ready.signal();
        }
        Pending<?> next = queue.peek();
        if (next == null) {
          leading = false;
        } else {
          next.lead = true;
          next.ready.signal();
        }
      } finally {
        mutex.unlock();
      }
    }
  }

  private boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      Connection c = DataSourceUtils.getConnection(dataSource);
      try {
        known = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        known = false;
      } finally {
        DataSourceUtils.releaseConnection(c, dataSource);
      }
      postgres = known;
    }
    return known;
  }

  /** A savepoint per command of a batch of several. */
  private interface Savepoints {
    /** A statement to send with the lock, or null. */
    default @Nullable String withLock() {
      return null;
    }

    /** Before each command: a savepoint to come back to, unless there is one already. */
    default void set() {}

    /** A statement to send with the command's held-back writes once it has run, or null. */
    default @Nullable String afterSuccess(boolean last) {
      return null;
    }

    /** Undoes the current command. */
    void rollBack();

    default void done() {}

    default boolean any() {
      return true;
    }
  }

  /** A batch of one: no savepoint; if its command throws, the transaction rolls back with it. */
  private static final class NoSavepoints implements Savepoints {
    @Override
    public void rollBack() {
      throw new IllegalStateException("no savepoint");
    }

    @Override
    public boolean any() {
      return false;
    }
  }

  /** The JDBC savepoint API through Spring's transaction status (H2: no round trips anyway). */
  private static final class JdbcSavepoints implements Savepoints {
    private final TransactionStatus status;
    private @Nullable Object current;

    JdbcSavepoints(TransactionStatus status) {
      this.status = status;
    }

    @Override
    public void set() {
      done();
      current = status.createSavepoint();
    }

    @Override
    public void rollBack() {
      Object s = current;
      current = null;
      if (s != null) {
        status.rollbackToSavepoint(s);
        status.releaseSavepoint(s);
      }
    }

    @Override
    public void done() {
      Object s = current;
      current = null;
      if (s != null) {
        status.releaseSavepoint(s);
      }
    }
  }

  /**
   * PostgreSQL: no round trip of their own. The first savepoint goes with the lock; after a command
   * has run, its {@code RELEASE} and the next command's {@code SAVEPOINT} go with the writes it
   * held back; a rolled-back savepoint stays in place for the next command; the commit releases the
   * last.
   */
  private final class SqlSavepoints implements Savepoints {
    private static final String NAME = "tally_cmd";

    @Override
    public String withLock() {
      return "SAVEPOINT " + NAME;
    }

    @Override
    public @Nullable String afterSuccess(boolean last) {
      return last ? null : "RELEASE SAVEPOINT " + NAME + "; SAVEPOINT " + NAME;
    }

    @Override
    public void rollBack() {
      jdbcTemplate.execute("ROLLBACK TO SAVEPOINT " + NAME);
      // As Spring does on a rollback to a savepoint: a @Transactional method the refused command
      // left marked the whole transaction rollback-only; the savepoint has undone it.
      Object holder = TransactionSynchronizationManager.getResource(dataSource);
      if (holder instanceof ConnectionHolder h) {
        h.resetRollbackOnly();
      }
    }
  }

  private static final class Pending<T> {
    final Supplier<T> work;
    final Condition ready;
    boolean lead;
    boolean done;
    T result;
    Throwable failure;

    Pending(Supplier<T> work, Condition ready) {
      this.work = work;
      this.ready = ready;
    }

    void runAlone() {
      result = work.get();
    }

    void fail(Throwable t) {
      result = null;
      failure = t;
    }

    T answer() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return result;
    }
  }
}
