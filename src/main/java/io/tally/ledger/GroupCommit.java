package io.tally.ledger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.core.Ordered;
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
  private final LedgerLock lock;
  private final int maxBatch;
  private final long maxWaitNanos;
  private final ReentrantLock mutex = new ReentrantLock();
  private final Condition arrived = mutex.newCondition();
  private final ArrayDeque<Pending<?>> queue = new ArrayDeque<>();
  private boolean leading;
  private int lastBatch = 1;

  GroupCommit(
      PlatformTransactionManager transactions, LedgerLock lock, GroupCommitProperties properties) {
    this.tx = new TransactionTemplate(transactions);
    this.lock = lock;
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
            lock.hold();
            TransactionSynchronizationManager.bindResource(LOCK_HELD, Boolean.TRUE);
            try {
              running.apply(status);
            } finally {
              TransactionSynchronizationManager.unbindResource(LOCK_HELD);
            }
            return null;
          });
      running.finish(null);
    } catch (RuntimeException | Error e) {
      running.finish(e);
    }
    if (Thread.interrupted()) {
      Thread.currentThread().interrupt();
    }
  }

  /** One batch; as a synchronization it releases its callers first thing after the commit. */
  private final class Batch implements TransactionSynchronization {
    private final List<Pending<?>> members;
    private boolean finished;

    Batch(List<Pending<?>> members) {
      this.members = members;
    }

    void apply(TransactionStatus status) {
      if (members.size() == 1) {
        // Alone: no savepoint; if it throws, the whole transaction rolls back with it.
        members.get(0).runAlone();
        return;
      }
      for (Pending<?> p : members) {
        Object savepoint = status.createSavepoint();
        List<TransactionSynchronization> before =
            TransactionSynchronizationManager.getSynchronizations();
        try {
          p.runAlone();
          status.releaseSavepoint(savepoint);
        } catch (RuntimeException refused) {
          try {
            status.rollbackToSavepoint(savepoint);
          } catch (RuntimeException broken) {
            refused.addSuppressed(broken);
            throw refused;
          }
          // What the refused command registered to run after the commit goes with it.
          TransactionSynchronizationManager.clearSynchronization();
          TransactionSynchronizationManager.initSynchronization();
          before.forEach(TransactionSynchronizationManager::registerSynchronization);
          p.fail(refused);
        }
      }
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
    void finish(Throwable failure) {
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
