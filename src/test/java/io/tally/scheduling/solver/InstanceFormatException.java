package io.tally.scheduling.solver;

/** A benchmark instance file that cannot be read; the message names the file and line. */
public class InstanceFormatException extends RuntimeException {
  public InstanceFormatException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
  }
}
