package io.tally.traceability;

import io.tally.execution.ExecutionEvent.CorrectionApproved;
import io.tally.execution.ExecutionEvent.CountChange;
import io.tally.execution.ExecutionEvent.CountCorrected;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.execution.ExecutionEvent.LotClosed;
import io.tally.execution.ExecutionEvent.LotOpened;
import io.tally.ledger.Event;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.Events;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.plant.model.ProductCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The ledger's side of reconciliation: quantities summed straight from the entries, never from a
 * read model, with the sequence numbers of the entries each subject's figures come from.
 */
final class LedgerTally {
  final Map<String, long[]> lots = new TreeMap<>();
  final Map<String, String> products = new HashMap<>();
  final Map<String, long[]> components = new TreeMap<>();
  final Map<String, String> componentCodes = new HashMap<>();
  final Map<String, Long> authorisationUse = new TreeMap<>();
  final Map<String, List<Long>> events = new HashMap<>();
  final List<ReconciliationReport.Adjustment> adjustments = new ArrayList<>();
  final List<ReconciliationReport.Correction> corrections = new ArrayList<>();
  final List<ReconciliationReport.StockCorrection> stockCorrections = new ArrayList<>();

  // Indexes into a lot's figures.
  static final int GOOD = 0, SCRAP = 1, CLOSED_GOOD = 2, CLOSED_SCRAP = 3, CLOSED = 4;
  static final int REWORKED_IN = 5, REWORKED_OUT = 6, SCRAPPED = 7, TESTED = 8, SHIPPED = 9;
  static final int ADJUSTED = 10;
  // Count corrections in effect after the lot closed, and the LotClosed's sequence.
  static final int GOOD_AFTER_CLOSE = 11, SCRAP_AFTER_CLOSE = 12, CLOSED_SEQ = 13;
  // Scrap in custody: samples retained, retained samples discarded to the reject store, rounds
  // moved to await destruction, rounds destroyed by acts.
  static final int RETAINED = 14, DISCARDED = 15, TO_DESTRUCTION = 16, DESTROYED = 17;
  // Rounds back from customers (CustomerReturnReceived).
  static final int RETURNED = 18, FIGURES = 19;
  // Indexes into a component lot's figures.
  static final int RECEIVED = 0, CONSUMED = 1, C_SCRAPPED = 2, C_ADJUSTED = 3, C_RETURNED = 4;
  static final int COMPONENT_FIGURES = 5;

  static LedgerTally read(LedgerEntries entries) {
    LedgerTally t = new LedgerTally();
    each(entries, LotOpened.class, (o, e) -> t.product(o.lot().toString(), o.product()));
    each(
        entries,
        CountReported.class,
        (c, e) -> {
          long[] f = t.lot(c.lot().toString(), e);
          t.product(c.lot().toString(), c.product());
          f[GOOD] += c.good();
          f[SCRAP] += c.scrap();
        });
    each(
        entries,
        LotClosed.class,
        (c, e) -> {
          long[] f = t.lot(c.lot().toString(), e);
          f[CLOSED_GOOD] = c.good();
          f[CLOSED_SCRAP] = c.scrap();
          f[CLOSED] = 1;
          f[CLOSED_SEQ] = e.seq();
        });
    // After LotClosed, to tell a correction of a closed lot from one of an open lot.
    each(entries, CountCorrected.class, t::corrected);
    each(entries, CorrectionApproved.class, t::corrected);
    each(
        entries,
        TraceEvents.LOT_REWORKED,
        e -> {
          long q = e.payload().number("quantity");
          t.lot(e.payload().text("lot"), e)[REWORKED_OUT] += q;
          t.lot(e.payload().text("newLot"), e)[REWORKED_IN] += q;
          String product = t.products.get(e.payload().text("lot"));
          if (product != null) {
            t.products.putIfAbsent(e.payload().text("newLot"), product);
          }
        });
    each(
        entries,
        TraceEvents.LOT_SCRAPPED,
        e -> t.lot(e.payload().text("lot"), e)[SCRAPPED] += e.payload().number("quantity"));
    each(
        entries,
        TraceEvents.SAMPLES_CONSUMED,
        e -> t.lot(e.payload().text("lot"), e)[TESTED] += e.payload().number("quantity"));
    each(
        entries,
        TraceEvents.SHIPMENT_DISPATCHED,
        e -> {
          for (Map<String, Object> l : e.payload().list("lines")) {
            t.lot(l.get("lot").toString(), e)[SHIPPED] += ((Number) l.get("quantity")).longValue();
          }
        });
    each(
        entries,
        TraceEvents.SHIPMENT_CREATED,
        e -> {
          t.authorisationUse.merge(
              e.payload().text("authorisation"), e.payload().number("quantity"), Long::sum);
          t.note("authorisation " + e.payload().text("authorisation"), e);
        });
    each(
        entries,
        TraceEvents.SHIPMENT_CANCELLED,
        e -> {
          t.authorisationUse.merge(
              e.payload().text("authorisation"), -e.payload().number("quantity"), Long::sum);
          t.note("authorisation " + e.payload().text("authorisation"), e);
        });
    each(
        entries,
        TraceEvents.COMPONENT_LOT_RECEIVED,
        e -> {
          t.component(e)[RECEIVED] += e.payload().number("quantity");
          t.componentCodes.put(e.payload().text("componentLot"), e.payload().text("component"));
        });
    each(
        entries,
        TraceEvents.COMPONENTS_CONSUMED,
        e -> t.component(e)[CONSUMED] += e.payload().number("quantity"));
    each(
        entries,
        TraceEvents.COMPONENTS_SCRAPPED,
        e -> t.component(e)[C_SCRAPPED] += e.payload().number("quantity"));
    each(
        entries,
        IncomingEvent.ComponentLotReturned.class,
        (r, e) -> t.component(e)[C_RETURNED] += r.quantity());
    each(entries, StocktakeEvent.StockAdjusted.class, t::adjusted);
    each(
        entries,
        ScrapEvent.SamplesRetained.class,
        (r, e) -> t.lot(r.lot(), e)[RETAINED] += r.quantity());
    each(
        entries,
        ScrapEvent.RetainedSamplesDiscarded.class,
        (d, e) -> t.lot(d.lot(), e)[DISCARDED] += d.quantity());
    each(
        entries,
        ScrapEvent.ScrapAwaitingDestruction.class,
        (m, e) -> m.lines().forEach(l -> t.lot(l.lot(), e)[TO_DESTRUCTION] += l.quantity()));
    each(
        entries,
        ScrapEvent.DestructionActRecorded.class,
        (a, e) -> a.lines().forEach(l -> t.lot(l.lot(), e)[DESTROYED] += l.quantity()));
    each(
        entries,
        ReturnEvent.CustomerReturnReceived.class,
        (r, e) -> t.lot(r.lot(), e)[RETURNED] += r.quantity());
    each(entries, ReturnEvent.CustomerReturnDisposed.class, t::disposed);
    each(entries, StockCorrectionEvent.ConsumptionCorrected.class, t::consumptionCorrected);
    each(
        entries, StockCorrectionEvent.ConsumptionCorrectionApproved.class, t::consumptionCorrected);
    each(entries, StockCorrectionEvent.MoveCorrected.class, t::moveCorrected);
    each(entries, StockCorrectionEvent.MoveCorrectionApproved.class, t::moveCorrected);
    t.stockCorrections.sort(java.util.Comparator.comparingLong(c -> c.seq()));
    return t;
  }

  /** A stocktake's adjustment, counted as rounds (or units) written off: missing is positive. */
  private void adjusted(StocktakeEvent.StockAdjusted a, LedgerEntry e) {
    if (a.kind() == StocktakeLine.Kind.COMPONENT) {
      note("component lot " + a.lot(), e);
      components.computeIfAbsent(a.lot(), k -> new long[COMPONENT_FIGURES])[C_ADJUSTED] -=
          a.quantity();
    } else {
      lot(a.lot(), e)[ADJUSTED] -= a.quantity();
    }
    adjustments.add(
        new ReconciliationReport.Adjustment(
            e.seq(), a.stocktake(), a.kind().name(), a.lot(), a.location(), -a.quantity()));
  }

  /** A return scrapped counts as scrapped; reworked, it leaves its lot for the new one. */
  private void disposed(ReturnEvent.CustomerReturnDisposed d, LedgerEntry e) {
    switch (d.disposition()) {
      case SCRAP -> lot(d.lot(), e)[SCRAPPED] += d.quantity();
      case REWORK -> {
        lot(d.lot(), e)[REWORKED_OUT] += d.quantity();
        lot(d.newLot(), e)[REWORKED_IN] += d.quantity();
        String product = products.get(d.lot());
        if (product != null) {
          products.putIfAbsent(d.newLot(), product);
        }
      }
      case RELEASE -> lot(d.lot(), e);
    }
  }

  /** A consumption correction in effect adds its change to the component lot's consumed units. */
  private void consumptionCorrected(StockCorrectionEvent.ConsumptionChange c, LedgerEntry e) {
    note("component lot " + c.componentLot(), e);
    note("lot " + c.lot(), e);
    if (!c.inEffect()) {
      return;
    }
    components.computeIfAbsent(c.componentLot(), k -> new long[4])[CONSUMED] += c.change();
    stockCorrections.add(
        new ReconciliationReport.StockCorrection(
            correction(c, e),
            e.seq(),
            c.consumption(),
            "CONSUMPTION",
            c.componentLot(),
            c.lot(),
            c.location(),
            null,
            Math.abs(c.change()),
            c.change()));
  }

  /** A move correction in effect changes no balance; it is listed, and noted for its lots. */
  private void moveCorrected(StockCorrectionEvent.MoveChange m, LedgerEntry e) {
    for (StockCorrectionEvent.Moved c : m.contents()) {
      note(
          (m.material() == StockCorrectionEvent.Material.COMPONENT ? "component lot " : "lot ")
              + c.lot(),
          e);
    }
    if (!m.inEffect()) {
      return;
    }
    stockCorrections.add(
        new ReconciliationReport.StockCorrection(
            correction(m, e),
            e.seq(),
            m.move(),
            "MOVE",
            m.unit() != null ? m.unit() : m.contents().get(0).lot(),
            null,
            m.from(),
            m.to(),
            m.contents().stream().mapToLong(StockCorrectionEvent.Moved::quantity).sum(),
            0));
  }

  private static long correction(Object change, LedgerEntry e) {
    if (change instanceof StockCorrectionEvent.ConsumptionCorrectionApproved a) {
      return a.correction();
    }
    if (change instanceof StockCorrectionEvent.MoveCorrectionApproved a) {
      return a.correction();
    }
    return e.seq();
  }

  private long[] lot(String lot, LedgerEntry e) {
    note("lot " + lot, e);
    return lots.computeIfAbsent(lot, k -> new long[FIGURES]);
  }

  /** Produced is good + scrap as corrected: a correction in effect adds its changes. */
  private void corrected(CountChange c, LedgerEntry e) {
    long[] f = lot(c.lot().toString(), e);
    if (!c.inEffect()) {
      return;
    }
    f[GOOD] += c.goodChange();
    f[SCRAP] += c.scrapChange();
    if (f[CLOSED] == 1 && e.seq() > f[CLOSED_SEQ]) {
      f[GOOD_AFTER_CLOSE] += c.goodChange();
      f[SCRAP_AFTER_CLOSE] += c.scrapChange();
    }
    long correction = c instanceof CorrectionApproved a ? a.correction() : e.seq();
    corrections.add(
        new ReconciliationReport.Correction(
            correction, e.seq(), c.lot().toString(), c.goodChange(), c.scrapChange()));
  }

  private void product(String lot, ProductCode product) {
    products.putIfAbsent(lot, product.value());
  }

  private long[] component(LedgerEntry e) {
    String lot = e.payload().text("componentLot");
    note("component lot " + lot, e);
    return components.computeIfAbsent(lot, k -> new long[COMPONENT_FIGURES]);
  }

  private void note(String subject, LedgerEntry e) {
    List<Long> seqs = events.computeIfAbsent(subject, k -> new ArrayList<>());
    if (seqs.isEmpty() || seqs.get(seqs.size() - 1) != e.seq()) {
      seqs.add(e.seq());
    }
  }

  List<Long> events(String subject) {
    return events.getOrDefault(subject, List.of()).stream().sorted().toList();
  }

  private static <E extends Event> void each(
      LedgerEntries entries, Class<E> type, EventHandlers.Handler<E> action) {
    each(entries, Events.typeOf(type), e -> action.handle(Events.read(e, type).orElseThrow(), e));
  }

  private static void each(LedgerEntries entries, String type, Consumer<LedgerEntry> action) {
    long from = 1;
    while (true) {
      List<LedgerEntry> page = entries.page(from, 5000, type);
      page.forEach(action);
      if (page.size() < 5000) {
        return;
      }
      from = page.get(page.size() - 1).seq() + 1;
    }
  }
}
