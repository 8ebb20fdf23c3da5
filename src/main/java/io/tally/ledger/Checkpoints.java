package io.tally.ledger;

import io.tally.kernel.CommandRejected;
import io.tally.ledger.chain.ChainVerifier;
import io.tally.ledger.chain.Checkpoint;
import io.tally.ledger.chain.Ed25519Keys;
import io.tally.ledger.chain.NoteVerifier;
import io.tally.ledger.chain.SignedNote;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The ledger's signed checkpoints (C2SP tlog-checkpoint): each is stored in the database, appended
 * to the file outside it, published to anyone signed in, and printed on dispatch notes and release
 * certificates, so copies exist where an insider with the database cannot reach them.
 */
@Service
public class Checkpoints {
  private final JdbcClient jdbc;
  private final LedgerTree tree;
  private final LedgerKeys keys;
  private final CheckpointFile file;
  private final LedgerProperties props;
  private final RegisteredKeys registered;

  Checkpoints(
      JdbcClient jdbc,
      LedgerTree tree,
      LedgerKeys keys,
      LedgerProperties props,
      RegisteredKeys registered) {
    this.jdbc = jdbc;
    this.registered = registered;
    this.tree = tree;
    this.keys = keys;
    this.props = props;
    this.file = new CheckpointFile(props.checkpointFile());
  }

  /** A checkpoint as published: its fields and the whole signed note. */
  public record Published(String origin, long treeSize, String rootHash, String note) {}

  /** The newest checkpoint in the database. */
  public Optional<Published> latest() {
    return jdbc.sql("SELECT note FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1")
        .query(String.class)
        .optional()
        .map(Checkpoints::published);
  }

  private static Published published(String note) {
    Checkpoint c = Checkpoint.parse(SignedNote.parse(note).text());
    return new Published(c.origin(), c.size(), c.rootBase64(), note);
  }

  /** The C2SP verifier key a witness pins: name, key id and the Ed25519 public key. */
  public NoteVerifier verifier() {
    return keys.notes().verifier();
  }

  public CheckpointFile file() {
    return file;
  }

  /** The RFC 6962 proof that the tree of {@code from} entries is a prefix of {@code to}. */
  public List<String> consistency(long from, long to) {
    if (from < 1) {
      throw CommandRejected.invalid("from", "from is a tree size, 1 or more");
    }
    if (to < from) {
      throw CommandRejected.invalid("to", "to must be at least from (" + from + ")");
    }
    if (to > tree.size()) {
      throw CommandRejected.invalid("to", "the ledger has " + tree.size() + " entries, not " + to);
    }
    return tree.consistency(from, to).stream().map(Base64.getEncoder()::encodeToString).toList();
  }

  /**
   * Every checkpoint the ledger must still agree with: the file's and the database's, each checked
   * against the ledger's key (a note that does not verify is reported as such, by the caller).
   */
  List<ChainVerifier.Expected> known() {
    List<ChainVerifier.Expected> out = new ArrayList<>();
    List<SignedNote> notes = file.read();
    for (int i = 0; i < notes.size(); i++) {
      out.add(expected(file.path() + " #" + (i + 1), notes.get(i)));
    }
    latest().ifPresent(p -> out.add(expected("in the database", SignedNote.parse(p.note()))));
    return out;
  }

  /**
   * A note as a checkpoint to check; one signed neither by this node's key nor by a node key the
   * ledger registers is refused.
   */
  ChainVerifier.Expected expected(String source, SignedNote note) {
    if (!verifier().verifies(note)
        && registered.all().stream()
            .map(k -> new NoteVerifier(props.origin(), NoteVerifier.ED25519, Ed25519Keys.raw(k)))
            .noneMatch(v -> v.verifies(note))) {
      throw new IllegalArgumentException(
          "checkpoint " + source + " is not signed by this ledger's key " + verifier());
    }
    return new ChainVerifier.Expected(source, Checkpoint.parse(note.text()));
  }

  long newestSize() {
    return jdbc.sql("SELECT COALESCE(MAX(tree_size), 0) FROM ledger_checkpoint")
        .query(Long.class)
        .single();
  }

  /** Signs and stores a checkpoint of the head; the caller holds the lock and checked the chain. */
  void write(Ledger.Head head) {
    byte[] root =
        tree.root(head.seq())
            .orElseThrow(() -> new IllegalStateException("entry " + head.seq() + " is not there"));
    Checkpoint c = new Checkpoint(props.origin(), head.seq(), root);
    SignedNote note = new SignedNote(c.text(), List.of(keys.notes().sign(c.text())));
    jdbc.sql(
            "INSERT INTO ledger_checkpoint (tree_size, root_hash, note, epoch_millis)"
                + " VALUES (?, ?, ?, ?)")
        .params(c.size(), c.rootBase64(), note.format(), System.currentTimeMillis())
        .update();
    file.append(note);
  }
}
