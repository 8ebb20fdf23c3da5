package io.tally.quality;

import io.tally.execution.ExecutionEvent;
import io.tally.execution.RunId;
import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.ledger.Ledger;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.Instant;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends execution's events as its records (docs/events.md), standing in for runs, so a test can
 * give a lot exactly the counts it needs.
 */
final class ExecutionFixture {
  private static final Actor OPERATOR = new Actor("operator1");
  private final Ledger ledger;
  private final TransactionTemplate tx;

  ExecutionFixture(Ledger ledger, TransactionTemplate tx) {
    this.ledger = ledger;
    this.tx = tx;
  }

  /** Opens a lot, reports its counts in two increments, and closes it. */
  void closedLot(String lot, String product, String line, long good, long scrap) {
    openLot(lot, product, line);
    count(lot, product, line, good / 2, scrap);
    count(lot, product, line, good - good / 2, 0);
    append(
        new ExecutionEvent.LotClosed(
            LotNumber.parse(lot),
            new ProductCode(product),
            new LineId(line),
            good,
            scrap,
            Instant.parse("2027-03-01T14:00:00Z"),
            CloseRule.QUANTITY));
  }

  void openLot(String lot, String product, String line) {
    append(
        new ExecutionEvent.LotOpened(
            LotNumber.parse(lot),
            new ProductCode(product),
            new LineId(line),
            run(lot),
            Instant.parse("2027-03-01T06:00:00Z")));
  }

  void count(String lot, String product, String line, long good, long scrap) {
    append(
        new ExecutionEvent.CountReported(
            run(lot),
            LotNumber.parse(lot),
            new LineId(line),
            new ProductCode(product),
            good,
            scrap,
            Instant.parse("2027-03-01T10:00:00Z")));
  }

  /** A run id of the lot's own digits, so a lot's events name one run without state here. */
  private static RunId run(String lot) {
    return new RunId("RUN-" + lot.replaceAll("[^0-9]", ""));
  }

  private void append(ExecutionEvent event) {
    tx.executeWithoutResult(s -> ledger.append(OPERATOR, event));
  }
}
