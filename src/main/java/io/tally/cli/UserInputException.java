package io.tally.cli;

/** Input a user gave that Tally refuses; the CLI prints the message and exits with status 2. */
public class UserInputException extends RuntimeException {
  public UserInputException(String message) {
    super(message);
  }
}
