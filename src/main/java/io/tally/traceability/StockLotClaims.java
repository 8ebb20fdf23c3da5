package io.tally.traceability;

import static io.tally.traceability.StockState.HELD;
import static io.tally.traceability.StockState.QUARANTINE;

import io.tally.execution.LotClaims;
import io.tally.kernel.CommandRejected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Traceability's hold on a lot's count: a correction may take away only rounds still loose at the
 * line that made them, never rounds packed into units, moved, shipped or otherwise gone.
 */
@Component
class StockLotClaims implements LotClaims {
  private final JdbcClient jdbc;
  private final FinishedStock stock;

  StockLotClaims(JdbcClient jdbc, FinishedStock stock) {
    this.jdbc = jdbc;
    this.stock = stock;
  }

  @Override
  public void admit(String lot, long good, long goodChange) {
    if (goodChange >= 0) {
      return;
    }
    String line =
        jdbc.sql("SELECT line FROM finished_lot WHERE lot = ?")
            .param(lot)
            .query(String.class)
            .optional()
            .orElse(null);
    if (line == null) {
      return;
    }
    long loose = stock.quantity(lot, line, QUARANTINE) + stock.quantity(lot, line, HELD);
    long packed =
        jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM unit_content WHERE lot = ?")
            .param(lot)
            .query(Long.class)
            .single();
    long removable = Math.max(0, loose - packed);
    if (-goodChange > removable) {
      throw CommandRejected.invalid(
          "good",
          "lot "
              + lot
              + " has only "
              + removable
              + " good rounds loose at line "
              + line
              + " ("
              + packed
              + " packed; the rest moved, shipped or tested); a correction cannot take "
              + -goodChange);
    }
  }
}
