package io.tally.cli;

import io.tally.ledger.CheckpointFile;
import io.tally.ledger.chain.Checkpoint;
import io.tally.ledger.chain.Ed25519Keys;
import io.tally.ledger.chain.NoteSigner;
import io.tally.ledger.chain.NoteVerifier;
import io.tally.ledger.chain.SignedNote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A witness's own state, in a folder on the auditor's machine: the ledger's verifier key pinned on
 * first use, the witness's Ed25519 key pair (and its verifier key, to hand to others), and an
 * append-only log of every checkpoint it accepted, each with its cosignature.
 */
final class WitnessState {
  private final Path dir;
  private final NoteSigner cosigner;
  private final CheckpointFile log;

  WitnessState(Path dir, String name) {
    this.dir = dir;
    this.cosigner = NoteSigner.cosigner(name, Ed25519Keys.openOrCreate(dir, "witness-ed25519"));
    this.log = new CheckpointFile(dir.resolve("checkpoints.log"));
    write(dir.resolve("witness.vkey"), cosigner.verifier() + "\n");
  }

  Optional<NoteVerifier> pinnedKey() {
    Path file = dir.resolve("ledger.vkey");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(NoteVerifier.parse(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void pin(NoteVerifier key) {
    write(dir.resolve("ledger.vkey"), key + "\n");
  }

  Optional<Checkpoint> last() {
    return log.last().map(n -> Checkpoint.parse(n.text()));
  }

  /** Cosigns the checkpoint now and appends it, with the log's signature, to the witness's log. */
  SignedNote cosignAndKeep(SignedNote note) {
    SignedNote cosigned =
        note.with(cosigner.cosign(note.text(), System.currentTimeMillis() / 1000));
    log.append(cosigned);
    return cosigned;
  }

  Path logFile() {
    return log.path();
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
