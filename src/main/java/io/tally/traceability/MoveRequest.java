package io.tally.traceability;

import io.tally.input.Forms;
import io.tally.input.Ident;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import jakarta.validation.constraints.Max;

/**
 * A move of stock between locations: {@code material} FINISHED (loose rounds of a finished lot) or
 * COMPONENT (units of a component lot).
 */
@CommandName("stock.move")
public record MoveRequest(
    @Ident String material,
    @Ident String lot,
    @Max(Forms.QUANTITY_MAX) Long quantity,
    @Ident String from,
    @Ident String to)
    implements Command<Recorded> {
  @Override
  public Class<Recorded> answerType() {
    return Recorded.class;
  }
}
