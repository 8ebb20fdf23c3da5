package io.tally.input;

/**
 * A request body past its limit, found while reading it; the API answers 413 and nothing has been
 * written, because the body is read whole before any command runs.
 */
public class BodyTooLarge extends RuntimeException {
  private final long limit;

  public BodyTooLarge(long limit) {
    super("the request body is larger than " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
