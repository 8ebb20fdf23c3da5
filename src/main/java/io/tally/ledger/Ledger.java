package io.tally.ledger;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.chain.CanonicalJson;
import io.tally.ledger.chain.EntryHash;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends facts to the ledger. An append locks the head row, so entries are chained one at a time
 * (inside a {@link GroupCommit} batch the batch holds the row and keeps the head in {@link
 * BatchHead}); it runs inside the caller's transaction together with every projection, so a command
 * is either wholly recorded or not at all.
 */
@Service
public class Ledger {
  private final JdbcClient jdbc;
  private final List<Projection> projections;
  private final HeadSigning signing;
  private final Checkpointing checkpointing;
  private final LedgerEntries entries;
  private final Clock clock;
  private final WriteBehind writes;

  Ledger(
      JdbcClient jdbc,
      WriteBehind writes,
      List<Projection> projections,
      HeadSigning signing,
      Checkpointing checkpointing,
      LedgerEntries entries,
      Clock clock) {
    this.jdbc = jdbc;
    this.writes = writes;
    this.projections = projections;
    this.signing = signing;
    this.checkpointing = checkpointing;
    this.entries = entries;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public LedgerEntry append(Actor actor, String type, Map<String, ?> payload) {
    return append(actor, type, null, payload);
  }

  /** Appends events in order, each under the type name its record declares. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<LedgerEntry> append(Actor actor, Event... events) {
    List<LedgerEntry> appended = new ArrayList<>(events.length);
    for (Event e : events) {
      appended.add(append(actor, Events.typeOf(e.getClass()), null, Events.payload(e)));
    }
    return appended;
  }

  /** Appends a correction: a new fact that names the entry it corrects. */
  @Transactional(propagation = Propagation.MANDATORY)
  public LedgerEntry appendCorrection(
      Actor actor, String type, long corrects, Map<String, ?> payload) {
    if (entries.find(corrects).isEmpty()) {
      throw CommandRejected.notFound("corrects", "ledger entry " + corrects + " does not exist");
    }
    return append(actor, type, corrects, payload);
  }

  /** Appends a correction as a typed event, under the type name its record declares. */
  @Transactional(propagation = Propagation.MANDATORY)
  public LedgerEntry appendCorrection(Actor actor, long corrects, Event event) {
    return appendCorrection(
        actor, Events.typeOf(event.getClass()), corrects, Events.payload(event));
  }

  private LedgerEntry append(Actor actor, String type, Long corrects, Map<String, ?> payload) {
    BatchHead batch = BatchHead.current();
    Head head = batch == null ? null : batch.head();
    if (head == null) {
      head =
          jdbc.sql("SELECT seq, hash FROM ledger_head WHERE id = 1 FOR UPDATE")
              .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
              .single();
    }
    long seq = head.seq() + 1;
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    String json = CanonicalJson.write(payload);
    LedgerEntry draft =
        new LedgerEntry(
            seq, now, actor.name(), type, corrects, entries.parse(json), json, head.hash(), null);
    String hash = EntryHash.of(head.hash(), draft.toChain());
    LedgerEntry entry =
        new LedgerEntry(
            seq, now, actor.name(), type, corrects, draft.payload(), json, head.hash(), hash);
    // Sent with the projections' writes after it, before the transaction's next read.
    writes.update(
        "INSERT INTO ledger_entry (seq, recorded_at, epoch_millis, actor, type, corrects,"
            + " payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        seq,
        Timestamp.from(now),
        now.toEpochMilli(),
        actor.name(),
        type,
        corrects,
        json,
        head.hash(),
        hash);
    if (batch == null) {
      writes.update("UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1", seq, hash);
    } else {
      batch.moved(new Head(seq, hash)); // written back once, before the batch commits
    }
    for (Projection p : projections) {
      p.apply(entry);
    }
    if (signing.due(seq)) {
      checkpointAfterCommit();
    }
    return entry;
  }

  /**
   * A checkpoint covers committed entries only: the tree it signs is read from the database, and a
   * rolled-back append must not be in it. So it is made once this transaction has committed.
   */
  private void checkpointAfterCommit() {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            try {
              checkpointing.checkpoint();
            } catch (RuntimeException e) {
              LoggerFactory.getLogger(Ledger.class)
                  .warn(
                      "checkpoint after commit failed, the next run makes it: {}", e.getMessage());
            }
          }
        });
  }

  /**
   * Signs the head and writes a checkpoint of it now, unless one covers it already; false when the
   * chain since the last checkpoint does not verify. It takes the ledger lock in a transaction of
   * its own, so call it outside any transaction that holds the lock.
   */
  public boolean checkpointNow() {
    return checkpointing.checkpoint();
  }

  /** The last entry's sequence and hash. */
  public Optional<Head> head() {
    BatchHead batch = BatchHead.current();
    if (batch != null && batch.head() != null) {
      return Optional.of(batch.head()).filter(h -> h.seq() > 0);
    }
    return jdbc.sql("SELECT seq, hash FROM ledger_head WHERE id = 1")
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
        .optional()
        .filter(h -> h.seq() > 0);
  }

  /** The chain's position: the last sequence and its hash. */
  public record Head(long seq, String hash) {}
}
