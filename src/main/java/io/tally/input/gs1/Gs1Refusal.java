package io.tally.input.gs1;

/** A scan or element string that is not well formed; the message names what is wrong and where. */
public final class Gs1Refusal extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public Gs1Refusal(String message) {
    super(message);
  }
}
