package io.tally.cli;

import io.tally.ledger.CheckpointFile;
import io.tally.ledger.LedgerVerification.GivenCheckpoint;
import io.tally.ledger.chain.ChainVerifier;
import io.tally.ledger.chain.Checkpoint;
import io.tally.ledger.chain.SignedNote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Checkpoints handed to a command: files of signed notes, or a size and root from paper. */
final class CheckpointFiles {
  private CheckpointFiles() {}

  /** A tree size and root copied from paper, {@code SIZE:ROOT}. */
  static ChainVerifier.Expected printed(String text) {
    String[] parts = text.split(":", 2);
    try {
      byte[] root = Base64.getDecoder().decode(parts.length == 2 ? parts[1].trim() : "");
      long size = Long.parseLong(parts[0].trim().replace(",", ""));
      return new ChainVerifier.Expected("printed " + text, new Checkpoint("printed", size, root));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          "--printed " + text + ": expected SIZE:ROOT, a tree size and a base64 root of 32 bytes");
    }
  }

  static List<GivenCheckpoint> read(List<Path> files) {
    List<GivenCheckpoint> out = new ArrayList<>();
    for (Path file : files) {
      List<SignedNote> notes;
      try {
        notes = CheckpointFile.parse(Files.readString(file));
      } catch (IOException e) {
        throw new UserInputException("--checkpoint " + file + ": cannot read it (" + e + ")");
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--checkpoint " + file + ": " + e.getMessage());
      }
      if (notes.isEmpty()) {
        throw new UserInputException("--checkpoint " + file + ": holds no signed checkpoint");
      }
      for (int i = 0; i < notes.size(); i++) {
        String source = notes.size() == 1 ? file.toString() : file + " #" + (i + 1);
        out.add(new GivenCheckpoint(source, notes.get(i)));
      }
    }
    return out;
  }
}
