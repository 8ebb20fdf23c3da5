package io.tally.cli;

import io.tally.ledger.chain.Checkpoint;
import io.tally.ledger.chain.MerkleProofs;
import io.tally.ledger.chain.NoteVerifier;
import io.tally.ledger.chain.SignedNote;
import java.io.IOException;
import java.util.Optional;

/**
 * One look at the log: the newest checkpoint must be signed by the pinned key and extend the last
 * one this witness holds (same size and root, or larger with a consistency proof that verifies).
 * Then it is cosigned and kept. A smaller tree is a rollback, a different root or a failing proof a
 * fork: both are reported naming the checkpoint held and the one served.
 */
final class Witness {
  /** What one look found: accepted (new or unchanged), or the problem. */
  record Outcome(boolean ok, String message) {}

  private final LedgerLogClient log;
  private final WitnessState state;
  private final String givenKey;

  Witness(LedgerLogClient log, WitnessState state, String givenKey) {
    this.log = log;
    this.state = state;
    this.givenKey = givenKey;
  }

  Outcome check() throws IOException, InterruptedException {
    LedgerLogClient.Served served = log.checkpoint();
    NoteVerifier key = pinnedKey(served);
    SignedNote note;
    Checkpoint now;
    try {
      note = SignedNote.parse(served.note());
      now = Checkpoint.parse(note.text());
    } catch (IllegalArgumentException e) {
      return new Outcome(false, "the server's checkpoint is malformed: " + e.getMessage());
    }
    if (!key.verifies(note) || !now.origin().equals(key.name())) {
      return new Outcome(false, "checkpoint " + describe(now) + " is not signed by " + key);
    }
    Optional<Checkpoint> held = state.last();
    if (held.isPresent()) {
      Checkpoint old = held.get();
      if (now.size() < old.size()) {
        return problem("ROLLED BACK", old, now);
      }
      if (now.size() == old.size()) {
        return now.sameAs(old)
            ? new Outcome(true, "unchanged: " + describe(now))
            : problem("FORKED", old, now);
      }
      var proof = log.consistency(old.size(), now.size());
      if (!MerkleProofs.consistent(old.size(), now.size(), old.root(), now.root(), proof)) {
        return problem("FORKED", old, now);
      }
    }
    state.cosignAndKeep(note);
    return new Outcome(true, "cosigned " + describe(now) + " in " + state.logFile());
  }

  private NoteVerifier pinnedKey(LedgerLogClient.Served served) {
    Optional<NoteVerifier> pinned = state.pinnedKey();
    if (givenKey != null) {
      NoteVerifier given = parse("--key", givenKey);
      if (pinned.isPresent() && !pinned.get().toString().equals(given.toString())) {
        throw new UserInputException("--key differs from the key pinned in the state folder");
      }
      state.pin(given);
      return given;
    }
    return pinned.orElseGet(
        () -> {
          NoteVerifier first = parse("the server's verifier key", served.verifierKey());
          state.pin(first);
          return first;
        });
  }

  private static NoteVerifier parse(String what, String vkey) {
    try {
      return NoteVerifier.parse(vkey);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(what + ": " + e.getMessage());
    }
  }

  private static Outcome problem(String what, Checkpoint held, Checkpoint served) {
    return new Outcome(
        false,
        "the log was "
            + what
            + ": held checkpoint "
            + describe(held)
            + ", served checkpoint "
            + describe(served));
  }

  static String describe(Checkpoint c) {
    return "[" + c.origin() + " size " + c.size() + " root " + c.rootBase64() + "]";
  }
}
