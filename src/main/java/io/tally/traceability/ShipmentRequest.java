package io.tally.traceability;

import io.tally.input.Forms;
import io.tally.input.Ident;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A shipment to a customer under an authorisation. Each line is either a packaging unit (its SSCC
 * in {@code unit}; the unit's content is shipped) or loose rounds: {@code lot}, {@code quantity}
 * and the {@code location} they leave from.
 */
@CommandName("shipment.create")
public record ShipmentRequest(
    @Ident String id,
    @Ident String customer,
    @Ident String authorisation,
    @Size(max = 10_000) List<@Valid Line> lines)
    implements Command<ShipmentView> {

  @Override
  public Class<ShipmentView> answerType() {
    return ShipmentView.class;
  }

  /** One line of a shipment request. */
  public record Line(
      @Ident String lot,
      @Max(Forms.QUANTITY_MAX) Long quantity,
      @Ident String location,
      @Ident String unit) {}
}
