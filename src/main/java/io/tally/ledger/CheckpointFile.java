package io.tally.ledger;

import io.tally.ledger.chain.SignedNote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The append-only file of signed checkpoints outside the database: one C2SP signed note after
 * another, each followed by a blank line. Written with an fsync, read back whole.
 */
public final class CheckpointFile {
  private final Path path;

  public CheckpointFile(Path path) {
    this.path = path;
  }

  public Path path() {
    return path;
  }

  public synchronized void append(SignedNote note) {
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      try (FileChannel ch =
          FileChannel.open(
              path,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND,
              StandardOpenOption.WRITE)) {
        ch.write(ByteBuffer.wrap((note.format() + "\n").getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the checkpoint file " + path, e);
    }
  }

  /** Every note in the file, oldest first; none when the file does not exist. */
  public synchronized List<SignedNote> read() {
    if (!Files.exists(path)) {
      return List.of();
    }
    try {
      return parse(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the checkpoint file " + path, e);
    }
  }

  public Optional<SignedNote> last() {
    List<SignedNote> all = read();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Splits notes: text lines up to a blank line, then signature lines up to the next one. */
  public static List<SignedNote> parse(String content) {
    List<SignedNote> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    StringBuilder signatures = new StringBuilder();
    boolean inSignatures = false;
    for (String line : content.split("\n", -1)) {
      if (!inSignatures && line.isEmpty()) {
        inSignatures = text.length() > 0;
      } else if (!inSignatures) {
        text.append(line).append('\n');
      } else if (!line.isEmpty()) {
        signatures.append(line).append('\n');
      } else {
        out.add(SignedNote.parse(text + "\n" + signatures));
        text.setLength(0);
        signatures.setLength(0);
        inSignatures = false;
      }
    }
    if (signatures.length() > 0) {
      out.add(SignedNote.parse(text + "\n" + signatures));
    } else if (text.length() > 0) {
      throw new IllegalArgumentException("the checkpoint file ends inside a note");
    }
    return out;
  }
}
