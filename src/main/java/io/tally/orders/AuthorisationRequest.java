package io.tally.orders;

import io.tally.input.Day;
import io.tally.input.Forms;
import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import jakarta.validation.constraints.Max;
import java.time.LocalDate;

/**
 * A request to record an authorisation: a contract or order that allows a customer a quantity of a
 * product in a period, with the reference of the signed document.
 */
@CommandName("authorisation.record")
public record AuthorisationRequest(
    @Ident String id,
    @Ident String customer,
    @Ident String product,
    @Max(Forms.QUANTITY_MAX) Long quantity,
    @Day LocalDate validFrom,
    @Day LocalDate validTo,
    @Text String documentRef)
    implements Command<Authorisation> {
  @Override
  public Class<Authorisation> answerType() {
    return Authorisation.class;
  }
}
