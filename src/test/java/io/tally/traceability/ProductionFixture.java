package io.tally.traceability;

import io.tally.execution.ExecutionEvent;
import io.tally.execution.RunId;
import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.ledger.Ledger;
import io.tally.orders.AuthorisationRequest;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends execution's events as its records and quality's exactly as the event contract names them,
 * standing in for those modules, so a test can give a lot exactly the history it needs.
 */
final class ProductionFixture {
  static final String BALL = "762x39-BALL-SC";
  static final String TRACER = "762x39-TRACER";
  static final Actor OPERATOR = new Actor("op-l1");
  static final Actor QUALITY = new Actor("qe-anna");
  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

  private final Ledger ledger;
  private final TransactionTemplate tx;
  private final CommandExecutor executor;
  private final Map<String, String> products = new java.util.concurrent.ConcurrentHashMap<>();

  ProductionFixture(Ledger ledger, TransactionTemplate tx, CommandExecutor executor) {
    this.ledger = ledger;
    this.tx = tx;
    this.executor = executor;
  }

  /** A fresh MIL-STD-1168 lot number, so tests sharing a database never meet. */
  static String newLot() {
    return "RCP27C001-" + SEQUENCE.incrementAndGet();
  }

  /** Opens, counts (in two reports) and closes a lot on a line. */
  String produceLot(String product, String line, long good, long scrap) {
    String lot = newLot();
    products.put(lot, product);
    append(
        new ExecutionEvent.LotOpened(
            LotNumber.parse(lot),
            new ProductCode(product),
            new LineId(line),
            run(lot),
            Instant.parse(at())));
    long firstGood = good / 2;
    count(lot, product, line, firstGood, scrap / 2);
    count(lot, product, line, good - firstGood, scrap - scrap / 2);
    append(
        new ExecutionEvent.LotClosed(
            LotNumber.parse(lot),
            new ProductCode(product),
            new LineId(line),
            good,
            scrap,
            Instant.parse(at()),
            CloseRule.QUANTITY));
    return lot;
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
            Instant.parse(at())));
  }

  /** A run id of the lot's own digits, so a lot's events name one run without state here. */
  private static RunId run(String lot) {
    return new RunId("RUN-" + lot.replaceAll("[^0-9]", ""));
  }

  private void append(ExecutionEvent event) {
    tx.executeWithoutResult(s -> ledger.append(OPERATOR, event));
  }

  void samplesConsumed(String lot, long quantity) {
    append(QUALITY, "SamplesConsumed", "lot", lot, "quantity", quantity, "at", at());
  }

  void release(String lot, long quantity) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("lot", lot);
    p.put("product", products.getOrDefault(lot, BALL));
    p.put("quantity", quantity);
    p.put("at", at());
    p.put("byConcession", false);
    p.put("approvedBy", null);
    tx.executeWithoutResult(s -> ledger.append(QUALITY, "LotReleased", p));
  }

  void hold(String lot) {
    append(QUALITY, "LotHeld", "lot", lot, "reason", "critical defect found", "at", at());
  }

  void scrap(String lot, long quantity) {
    append(
        QUALITY, "LotScrapped", "lot", lot, "quantity", quantity, "reason", "rejected", "at", at());
  }

  void rework(String lot, String newLot, long quantity) {
    products.put(newLot, products.getOrDefault(lot, BALL));
    append(
        QUALITY,
        "LotReworked",
        "lot",
        lot,
        "newLot",
        newLot,
        "quantity",
        quantity,
        "reason",
        "re-inspection",
        "at",
        at());
  }

  /** Records an authorisation through the orders module, valid around today unless told. */
  String authorise(String customer, String product, long quantity, LocalDate from, LocalDate to) {
    String id = "AUTH-" + SEQUENCE.incrementAndGet();
    executor.execute(
        new Actor("planner"),
        new AuthorisationRequest(id, customer, product, quantity, from, to, "contract " + id));
    return id;
  }

  String authorise(String customer, String product, long quantity) {
    LocalDate today = LocalDate.now();
    return authorise(customer, product, quantity, today.minusDays(30), today.plusDays(30));
  }

  private void append(Actor actor, String type, Object... fields) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      p.put((String) fields[i], fields[i + 1]);
    }
    tx.executeWithoutResult(s -> ledger.append(actor, type, p));
  }

  private static String at() {
    return "2027-03-01T06:00:00Z";
  }
}
