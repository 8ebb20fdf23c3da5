package io.tally.ledger.chain;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, and signature lines {@code — <key
 * name> <base64(key id || signature)>}. The signatures cover the text with its final newline.
 */
public record SignedNote(String text, List<Line> signatures) {
  static final String DASH = "\u2014 ";

  public SignedNote {
    if (text.isEmpty() || !text.endsWith("\n") || text.contains("\n\n")) {
      throw new IllegalArgumentException("a note's text is non-empty lines ending in a newline");
    }
    signatures = List.copyOf(signatures);
  }

  /** Parses a note, splitting text from signatures at the last blank line. */
  public static SignedNote parse(String note) {
    int split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith("\n")) {
      throw new IllegalArgumentException("not a signed note: no blank line before signatures");
    }
    List<Line> lines = new ArrayList<>();
    for (String l : note.substring(split + 2).split("\n")) {
      lines.add(Line.parse(l));
    }
    return new SignedNote(note.substring(0, split + 1), lines);
  }

  public SignedNote with(Line signature) {
    List<Line> all = new ArrayList<>(signatures);
    all.add(signature);
    return new SignedNote(text, all);
  }

  public String format() {
    StringBuilder b = new StringBuilder(text).append('\n');
    signatures.forEach(s -> b.append(s.format()).append('\n'));
    return b.toString();
  }

  static void checkKeyName(String keyName) {
    if (keyName.isEmpty() || keyName.contains(" ") || keyName.contains("+")) {
      throw new IllegalArgumentException("a key name has no spaces or '+': " + keyName);
    }
  }

  /** One signature line: the key's name and the key id followed by the signature bytes. */
  public record Line(String keyName, byte[] keyIdAndSignature) {
    public Line {
      checkKeyName(keyName);
      if (keyIdAndSignature.length < 5) {
        throw new IllegalArgumentException("a signature line holds a key id and a signature");
      }
    }

    static Line parse(String line) {
      if (!line.startsWith(DASH)) {
        throw new IllegalArgumentException("a signature line starts with an em dash: " + line);
      }
      String[] parts = line.substring(DASH.length()).split(" ");
      if (parts.length != 2) {
        throw new IllegalArgumentException("a signature line is a name and a signature: " + line);
      }
      return new Line(parts[0], Base64.getDecoder().decode(parts[1]));
    }

    String format() {
      return DASH + keyName + " " + Base64.getEncoder().encodeToString(keyIdAndSignature);
    }
  }
}
