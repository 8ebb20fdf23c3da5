package io.tally.quality;

import io.tally.ledger.Actor;
import io.tally.ledger.Ledger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends execution's events exactly as the contract names them (docs/events.md), standing in for
 * the execution module, which is built elsewhere at the same time.
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
        "LotClosed",
        "lot",
        lot,
        "product",
        product,
        "line",
        line,
        "good",
        good,
        "scrap",
        scrap,
        "at",
        "2027-03-01T14:00:00Z",
        "rule",
        "QUANTITY");
  }

  void openLot(String lot, String product, String line) {
    append(
        "LotOpened",
        "lot",
        lot,
        "product",
        product,
        "line",
        line,
        "run",
        "RUN-" + lot,
        "at",
        "2027-03-01T06:00:00Z");
  }

  void count(String lot, String product, String line, long good, long scrap) {
    append(
        "CountReported",
        "run",
        "RUN-" + lot,
        "lot",
        lot,
        "line",
        line,
        "product",
        product,
        "good",
        good,
        "scrap",
        scrap,
        "at",
        "2027-03-01T10:00:00Z");
  }

  private void append(String type, Object... fields) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      p.put((String) fields[i], fields[i + 1]);
    }
    tx.executeWithoutResult(s -> ledger.append(OPERATOR, type, p));
  }
}
