package io.tally.cli;

/** The one entry point of the jar: {@code tally serve}, {@code tally capacity}, ... */
public final class Tally {
  private Tally() {}

  public static void main(String[] args) {
    int status = TallyCommand.run(args);
    if (status != TallyCommand.KEEP_RUNNING) {
      System.exit(status);
    }
  }
}
