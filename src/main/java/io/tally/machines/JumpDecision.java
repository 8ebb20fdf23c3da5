package io.tally.machines;

import io.tally.input.Text;

/**
 * A person's decision on a held counter jump: confirm (book it) or refuse (skip it), and why. Both
 * are required; they are checked after the caller's role (see {@link #confirmed()}), so a caller
 * the endpoint does not admit learns nothing from a 400.
 */
public record JumpDecision(Boolean confirm, @Text(max = 500) String reason) {
  /** Whether the jump is confirmed; a 400 naming {@code confirm} when left out. */
  boolean confirmed() {
    if (confirm == null) {
      throw io.tally.kernel.CommandRejected.invalid(
          "confirm", "confirm is required (true or false)");
    }
    return confirm;
  }

  /** Why; a 400 naming {@code reason} when left out or blank. */
  String why() {
    if (reason == null || reason.isBlank()) {
      throw io.tally.kernel.CommandRejected.invalid("reason", "reason is required");
    }
    return reason;
  }
}
