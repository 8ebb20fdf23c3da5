package io.tally.cli;

import io.tally.ledger.CheckpointFile;
import io.tally.ledger.LedgerVerification.GivenCheckpoint;
import io.tally.ledger.chain.SignedNote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checkpoint files handed to a command: one signed note, or a log of them, each named. */
final class CheckpointFiles {
  private CheckpointFiles() {}

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
