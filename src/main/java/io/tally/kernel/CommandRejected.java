package io.tally.kernel;

/**
 * A command refused by the rules, naming the field at fault. The API answers with an RFC 9457
 * problem (400/404/409/422 by kind), the CLI with exit status 2; nothing has been written.
 */
public class CommandRejected extends RuntimeException {
  private final Kind kind;
  private final String field;

  public CommandRejected(Kind kind, String field, String message) {
    super(message);
    this.kind = kind;
    this.field = field;
  }

  public static CommandRejected invalid(String field, String message) {
    return new CommandRejected(Kind.INVALID, field, message);
  }

  public static CommandRejected notFound(String field, String message) {
    return new CommandRejected(Kind.NOT_FOUND, field, message);
  }

  public static CommandRejected conflict(String field, String message) {
    return new CommandRejected(Kind.CONFLICT, field, message);
  }

  public Kind kind() {
    return kind;
  }

  public String field() {
    return field;
  }

  /** Why a command was refused. */
  public enum Kind {
    /** The input breaks a rule (422). */
    INVALID,
    /** It names something that does not exist (404). */
    NOT_FOUND,
    /** It conflicts with the current state (409). */
    CONFLICT
  }
}
