package io.tally.traceability;

import io.tally.input.Day;
import io.tally.input.Forms;
import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The commands of scrap in custody; each command's handler is named after it. */
public final class ScrapRequests {
  /** The most lots one request may name, and the most witnesses of one act. */
  static final int MAX_LOTS = 500;

  static final int MAX_WITNESSES = 20;

  private ScrapRequests() {}

  /** A quantity of one lot. */
  public record LotQuantity(@Ident String lot, @Max(Forms.QUANTITY_MAX) Long quantity) {}

  /** Move rejects of the listed lots from the reject store to await destruction at a location. */
  @CommandName("scrap.await-destruction")
  public record ToDestruction(
      @Ident String location, @Size(max = MAX_LOTS) List<@Valid LotQuantity> lots)
      implements Command<ScrapMoved> {
    @Override
    public Class<ScrapMoved> answerType() {
      return ScrapMoved.class;
    }
  }

  /**
   * Record a destruction act: when, where, how, who saw it (at least two users of Tally), the
   * SHA-256 of its signed document, and the rounds awaiting destruction it destroyed.
   */
  @CommandName("scrap.destroy")
  public record Destroy(
      @Ident String act,
      @Day LocalDate date,
      @Text String place,
      @Text String method,
      @Size(max = MAX_WITNESSES) List<@Ident String> witnesses,
      @Size(max = 64) String document,
      @Size(max = MAX_LOTS) List<@Valid LotQuantity> lots)
      implements Command<DestructionActView> {
    @Override
    public Class<DestructionActView> answerType() {
      return DestructionActView.class;
    }
  }

  /** Keep rounds of a lot at a location as reference samples until a date. */
  @CommandName("scrap.retain")
  public record Retain(
      @Ident String id,
      @Ident String lot,
      @Ident String location,
      @Max(Forms.QUANTITY_MAX) Long quantity,
      @Day LocalDate retainUntil)
      implements Command<RetainedSampleView> {
    @Override
    public Class<RetainedSampleView> answerType() {
      return RetainedSampleView.class;
    }
  }

  /** Send retained samples {@code id}, past their date, to the reject store for destruction. */
  @CommandName("scrap.discard-retained")
  public record Discard(String id) implements Command<RetainedSampleView> {
    @Override
    public Class<RetainedSampleView> answerType() {
      return RetainedSampleView.class;
    }
  }
}
