package io.tally.traceability;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tally.input.Ident;
import io.tally.input.Text;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import java.math.BigDecimal;

/** The commands that correct a component consumption or a move; each handler is named after it. */
public final class StockCorrectionRequests {
  private StockCorrectionRequests() {}

  /**
   * Consumption {@code corrects} (the ledger sequence of its ComponentsConsumed) should have been
   * {@code quantity} units, or {@code void: true}: it should not have been recorded.
   */
  @CommandName("consumption.correct")
  public record Consumption(
      BigDecimal corrects,
      BigDecimal quantity,
      @JsonProperty("void") Boolean voided,
      @Text String reason)
      implements Command<StockCorrectionView> {
    @Override
    public Class<StockCorrectionView> answerType() {
      return StockCorrectionView.class;
    }
  }

  /**
   * Move {@code corrects} (the sequence of its PackagingUnitMoved or StockMoved) should have gone
   * to {@code to}, or {@code void: true}: it should not have been made (the stock goes back).
   */
  @CommandName("move.correct")
  public record Move(
      BigDecimal corrects,
      @Ident String to,
      @JsonProperty("void") Boolean voided,
      @Text String reason)
      implements Command<StockCorrectionView> {
    @Override
    public Class<StockCorrectionView> answerType() {
      return StockCorrectionView.class;
    }
  }

  /** A second person puts pending correction {@code correction} into effect. */
  @CommandName("stock.correction.approve")
  public record Approve(long correction) implements Command<StockCorrectionView> {
    @Override
    public Class<StockCorrectionView> answerType() {
      return StockCorrectionView.class;
    }
  }
}
