package io.tally.traceability;

import io.tally.input.Day;
import io.tally.input.Forms;
import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import jakarta.validation.constraints.Max;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The requests of the component commands: receipt, issue to a line, consumption, scrap. */
public final class ComponentRequests {
  private ComponentRequests() {}

  /**
   * A component lot received into stores from an approved supplier, into quarantine: the supplier's
   * certificate reference, and the expiry or re-test date if the component has one.
   */
  @CommandName("component.receive")
  public record Receipt(
      @Ident String componentLot,
      @Ident String component,
      @Text String supplier,
      @Ident String supplierLot,
      @Max(Forms.QUANTITY_MAX) Long quantity,
      @Ident String location,
      @Text String certificate,
      @Day @Nullable LocalDate expiry,
      @Day @Nullable LocalDate retest)
      implements Command<Recorded> {
    @Override
    public Class<Recorded> answerType() {
      return Recorded.class;
    }
  }

  /** Component units issued from stores to a line. */
  @CommandName("component.issue")
  public record Issue(
      @Ident String componentLot,
      @Max(Forms.QUANTITY_MAX) Long quantity,
      @Ident String from,
      @Ident String line)
      implements Command<Recorded> {
    @Override
    public Class<Recorded> answerType() {
      return Recorded.class;
    }
  }

  /** N units of component lot C consumed into finished lot F, at a location (default the line). */
  @CommandName("component.consume")
  public record Consumption(
      @Ident String componentLot,
      @Ident String lot,
      @Max(Forms.QUANTITY_MAX) Long quantity,
      @Ident String location)
      implements Command<Recorded> {
    @Override
    public Class<Recorded> answerType() {
      return Recorded.class;
    }
  }

  /** Component units written off at a location, with the reason. */
  @CommandName("component.scrap")
  public record Scrap(
      @Ident String componentLot,
      @Max(Forms.QUANTITY_MAX) Long quantity,
      @Ident String location,
      @Text String reason)
      implements Command<Recorded> {
    @Override
    public Class<Recorded> answerType() {
      return Recorded.class;
    }
  }
}
