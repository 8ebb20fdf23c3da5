package io.tally.quality.sampling;

import java.util.Locale;

/** The severity of inspection a stream is on; each has its own master table. */
public enum Severity {
  NORMAL,
  TIGHTENED,
  REDUCED;

  /** Reads a severity in any case, for example {@code normal}. */
  public static Severity parse(String text) {
    String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (Severity severity : values()) {
      if (severity.name().equals(wanted)) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "severity '" + text + "' is unknown; use normal, tightened or reduced");
  }

  /** The lower-case name used on the command line and in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
