package io.tally.ledger;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ledger's head while a {@link GroupCommit} batch holds the lock: read from {@code ledger_head}
 * as the batch takes the lock, kept here as the batch appends, and written back once before the
 * batch commits (instead of a read and a write of the row per entry). A command rolled back to its
 * savepoint puts back the head it found. Outside a batch there is none and every append reads and
 * writes the row itself.
 */
final class BatchHead {
  private Ledger.@Nullable Head head;
  private boolean changed;

  BatchHead(Ledger.Head locked) {
    this.head = locked;
  }

  /** The current batch's head holder, or null outside a batch. */
  static @Nullable BatchHead current() {
    return (BatchHead) TransactionSynchronizationManager.getResource(BatchHead.class);
  }

  Ledger.@Nullable Head head() {
    return head;
  }

  void moved(Ledger.Head to) {
    head = to;
    changed = true;
  }

  /** What a savepoint must restore. */
  Snapshot snapshot() {
    return new Snapshot(head, changed);
  }

  void restore(Snapshot s) {
    head = s.head();
    changed = s.changed();
  }

  /** Writes the head back to its row (with the commit), if the batch appended anything. */
  void flush(WriteBehind writes) {
    if (changed && head != null) {
      writes.update(
          "UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1", head.seq(), head.hash());
      changed = false;
    }
  }

  record Snapshot(Ledger.@Nullable Head head, boolean changed) {}
}
