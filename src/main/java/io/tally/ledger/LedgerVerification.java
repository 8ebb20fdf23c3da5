package io.tally.ledger;

import io.tally.ledger.chain.ChainEntry;
import io.tally.ledger.chain.ChainVerifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Recomputes the whole chain, every signed head and every checkpoint (the file's outside the
 * database, the database's, and any a caller hands in); names the first entry that does not match.
 * Reads the ledger a page at a time.
 */
@Service
public class LedgerVerification {
  private final LedgerEntries entries;
  private final HeadSigning signing;
  private final Checkpoints checkpoints;
  private final Checkpointing checkpointing;

  LedgerVerification(
      LedgerEntries entries,
      HeadSigning signing,
      Checkpoints checkpoints,
      Checkpointing checkpointing) {
    this.entries = entries;
    this.signing = signing;
    this.checkpoints = checkpoints;
    this.checkpointing = checkpointing;
  }

  public ChainVerifier.Result verify() {
    return verify(List.of());
  }

  /**
   * Also checks the given checkpoints, each a source (a file name) and a signed note.
   *
   * @throws IllegalArgumentException naming the checkpoint when one is not signed by this ledger
   */
  public ChainVerifier.Result verify(List<GivenCheckpoint> given) {
    return verify(given, List.of());
  }

  /**
   * Also checks tree sizes and roots as printed on dispatch notes and certificates: the paper
   * carries no signature, but whoever holds it trusts it, and the ledger must still give that root.
   */
  public ChainVerifier.Result verify(
      List<GivenCheckpoint> given, List<ChainVerifier.Expected> printed) {
    List<ChainVerifier.Expected> expected = new ArrayList<>(printed);
    for (GivenCheckpoint g : given) {
      expected.add(checkpoints.expected(g.source(), g.note()));
    }
    try {
      expected.addAll(checkpoints.known());
    } catch (IllegalArgumentException e) {
      return ChainVerifier.Result.untrusted(e.getMessage());
    }
    Iterator<LedgerEntry> all = entries.from(1);
    Iterator<ChainEntry> chain =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return all.hasNext();
          }

          @Override
          public ChainEntry next() {
            return all.next().toChain();
          }
        };
    return ChainVerifier.verify(
        chain, signing.heads(), List.of(signing.signer().publicKey()), expected);
  }

  /** A checkpoint handed to verify: where it came from and its signed note. */
  public record GivenCheckpoint(String source, io.tally.ledger.chain.SignedNote note) {}

  /** Signs the current head and checkpoints it now (also done every N entries and each minute). */
  public boolean signHead() {
    return checkpointing.checkpoint();
  }

  /**
   * The newest signed checkpoint, made now if the newest does not yet reach entry {@code seq}: what
   * a dispatch note or certificate prints, so the customer's copy covers the entries it shows.
   */
  public java.util.Optional<Checkpoints.Published> checkpointCovering(long seq) {
    var latest = checkpoints.latest();
    if (latest.isEmpty() || latest.get().treeSize() < seq) {
      checkpointing.checkpoint();
      latest = checkpoints.latest();
    }
    return latest;
  }

  public String keyId() {
    return signing.signer().keyId();
  }
}
