package io.tally.ledger;

import io.tally.ledger.chain.ChainEntry;
import io.tally.ledger.chain.ChainVerifier;
import io.tally.ledger.chain.Checkpoint;
import io.tally.ledger.chain.Ed25519Keys;
import io.tally.ledger.chain.HeadSigner;
import io.tally.ledger.chain.NodeKeyRegistrations;
import io.tally.ledger.chain.NoteVerifier;
import io.tally.ledger.chain.SignedNote;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Restores a backup into an empty database, but only after the archive's chain verifies: every
 * entry's hash and link, every signed head (by this node's key, the archive's node key or a key the
 * chain registers), and every checkpoint the archive carries, this node's checkpoint file holds or
 * the caller hands in. A tampered archive is refused, naming the entry and why, and nothing is
 * written. The projections are not taken from the archive but rebuilt from the verified ledger.
 */
@Service
public class LedgerRestore {
  private final RestoreLoader loader;
  private final LedgerKeys keys;
  private final LedgerProperties props;
  private final Checkpoints checkpoints;
  private final LedgerVerification verification;

  LedgerRestore(
      RestoreLoader loader,
      LedgerKeys keys,
      LedgerProperties props,
      Checkpoints checkpoints,
      LedgerVerification verification) {
    this.loader = loader;
    this.keys = keys;
    this.props = props;
    this.checkpoints = checkpoints;
    this.verification = verification;
  }

  /** What a restore did, or why the archive was refused (then nothing was written). */
  public record Report(
      boolean accepted,
      String reason,
      BackupManifest manifest,
      ChainVerifier.Result archive,
      long rows,
      ChainVerifier.Result restored) {}

  /**
   * Verifies the archive, then loads it.
   *
   * @throws IllegalArgumentException when the file is not a backup, or the database not empty
   */
  public Report restore(Path from, List<LedgerVerification.GivenCheckpoint> given) {
    try (BackupArchive archive = new BackupArchive(from)) {
      BackupManifest m = archive.manifest();
      if (!props.origin().equals(m.origin())) {
        throw new IllegalArgumentException(
            from
                + ": the archive is of ledger '"
                + m.origin()
                + "', this node's origin is '"
                + props.origin()
                + "' (set TALLY_LEDGER_ORIGIN)");
      }
      loader.requireEmpty();
      ChainVerifier.Result checked;
      try {
        checked = verify(archive, given);
      } catch (IllegalArgumentException | NullPointerException unreadable) {
        return new Report(false, unreadable.getMessage(), m, null, 0, null);
      }
      String refusal = refusal(checked, m);
      if (refusal != null) {
        return new Report(false, refusal, m, checked, 0, null);
      }
      long rows = loader.load(archive);
      List<SignedNote> carried = new ArrayList<>();
      archive.checkpoint().map(SignedNote::parse).ifPresent(carried::add);
      if (checkpoints.file().read().isEmpty()) {
        carried.forEach(checkpoints.file()::append);
      }
      return new Report(true, null, m, checked, rows, verification.verify());
    }
  }

  private static String refusal(ChainVerifier.Result r, BackupManifest m) {
    if (!r.intact()) {
      return r.firstBadSeq() == null ? r.reason() : "entry " + r.firstBadSeq() + ": " + r.reason();
    }
    if (r.entriesChecked() != m.headSeq() || !r.headHash().equals(m.headHash())) {
      return "the manifest names head "
          + m.headSeq()
          + " "
          + m.headHash()
          + " but the entries end at "
          + r.entriesChecked()
          + " "
          + r.headHash();
    }
    return null;
  }

  private ChainVerifier.Result verify(
      BackupArchive archive, List<LedgerVerification.GivenCheckpoint> given) {
    List<PublicKey> trusted = new ArrayList<>();
    trusted.add(keys.heads().publicKey());
    trusted.add(
        Ed25519Keys.fromRaw(Base64.getDecoder().decode(archive.manifest().nodePublicKey())));
    NodeKeyRegistrations registered = new NodeKeyRegistrations(trusted);
    try (var rows = archive.open("ledger_entry")) {
      rows.forEachRemaining(r -> registered.learn(entry(r)));
    }
    List<ChainVerifier.Expected> expected = new ArrayList<>();
    try {
      archive.rows(
          "ledger_checkpoint",
          h -> {},
          r ->
              expected.add(
                  expected(
                      "in the archive (tree size " + r.get("tree_size") + ")",
                      SignedNote.parse(r.get("note")),
                      registered)));
      archive
          .checkpoint()
          .ifPresent(
              n ->
                  expected.add(
                      expected("carried by the archive", SignedNote.parse(n), registered)));
      List<SignedNote> local = checkpoints.file().read();
      for (int i = 0; i < local.size(); i++) {
        expected.add(
            expected(checkpoints.file().path() + " #" + (i + 1), local.get(i), registered));
      }
      for (var g : given) {
        expected.add(expected(g.source(), g.note(), registered));
      }
    } catch (IllegalArgumentException untrusted) {
      return ChainVerifier.Result.untrusted(untrusted.getMessage());
    }
    Map<Long, HeadSigner.SignedHead> heads = new TreeMap<>();
    archive.rows(
        "ledger_signed_head",
        h -> {},
        r ->
            heads.put(
                Long.parseLong(r.get("seq")),
                new HeadSigner.SignedHead(
                    new HeadSigner.SignedHead.Body(
                        Long.parseLong(r.get("seq")),
                        r.get("hash").trim(),
                        Long.parseLong(r.get("epoch_millis"))),
                    r.get("key_id").trim(),
                    r.get("signature"))));
    try (var rows = archive.open("ledger_entry")) {
      Iterator<ChainEntry> chain =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return rows.hasNext();
            }

            @Override
            public ChainEntry next() {
              return entry(rows.next());
            }
          };
      return ChainVerifier.verify(chain, heads, registered.all(), expected);
    }
  }

  private ChainVerifier.Expected expected(
      String source, SignedNote note, NodeKeyRegistrations keys) {
    boolean signed =
        keys.all().stream()
            .map(k -> new NoteVerifier(props.origin(), NoteVerifier.ED25519, Ed25519Keys.raw(k)))
            .anyMatch(v -> v.verifies(note));
    if (!signed) {
      throw new IllegalArgumentException(
          "checkpoint " + source + " is not signed by any key of this ledger");
    }
    return new ChainVerifier.Expected(source, Checkpoint.parse(note.text()));
  }

  static ChainEntry entry(Map<String, String> r) {
    String corrects = r.get("corrects");
    return new ChainEntry(
        Long.parseLong(r.get("seq")),
        Long.parseLong(r.get("epoch_millis")),
        r.get("actor"),
        r.get("type"),
        corrects == null ? null : Long.valueOf(corrects),
        r.get("payload"),
        r.get("prev_hash").trim(),
        r.get("hash").trim());
  }
}
