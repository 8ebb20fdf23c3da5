package io.tally.plant;

import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.CommandRejected;
import io.tally.plant.model.LineState;

/** A request to move a line to another lifecycle state, with the reason. */
public record LineTransitionRequest(@Ident String to, @Text String reason) {
  LineState target() {
    if (to == null || to.isBlank()) {
      throw CommandRejected.invalid("to", "the target state is required");
    }
    try {
      return LineState.parse(to);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("to", e.getMessage());
    }
  }
}
