package io.tally.traceability;

import static io.tally.traceability.LedgerTally.ADJUSTED;
import static io.tally.traceability.LedgerTally.CLOSED;
import static io.tally.traceability.LedgerTally.CLOSED_GOOD;
import static io.tally.traceability.LedgerTally.CLOSED_SCRAP;
import static io.tally.traceability.LedgerTally.CONSUMED;
import static io.tally.traceability.LedgerTally.C_ADJUSTED;
import static io.tally.traceability.LedgerTally.C_SCRAPPED;
import static io.tally.traceability.LedgerTally.DISCARDED;
import static io.tally.traceability.LedgerTally.FIGURES;
import static io.tally.traceability.LedgerTally.GOOD;
import static io.tally.traceability.LedgerTally.GOOD_AFTER_CLOSE;
import static io.tally.traceability.LedgerTally.RECEIVED;
import static io.tally.traceability.LedgerTally.RETAINED;
import static io.tally.traceability.LedgerTally.RETURNED;
import static io.tally.traceability.LedgerTally.REWORKED_IN;
import static io.tally.traceability.LedgerTally.REWORKED_OUT;
import static io.tally.traceability.LedgerTally.SCRAP;
import static io.tally.traceability.LedgerTally.SCRAPPED;
import static io.tally.traceability.LedgerTally.SCRAP_AFTER_CLOSE;
import static io.tally.traceability.LedgerTally.SHIPPED;
import static io.tally.traceability.LedgerTally.TESTED;

import io.tally.ledger.LedgerEntries;
import io.tally.orders.Authorisations;
import io.tally.traceability.ReconciliationReport.ComponentFigures;
import io.tally.traceability.ReconciliationReport.Difference;
import io.tally.traceability.ReconciliationReport.LotFigures;
import io.tally.traceability.ReconciliationReport.ProductFigures;
import io.tally.traceability.ReconciliationReport.ScrapFigures;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles what was produced and received with where it is now. The quantities that came in are
 * summed from ledger entries; where they are now is read from the inventory tables. A row changed
 * behind Tally's back, or a quantity a projection could not move, shows up as a difference.
 */
@Service
public class Reconciliation {
  private final LedgerEntries entries;
  private final JdbcClient jdbc;
  private final Authorisations authorisations;
  private final ComponentBalances balances;
  private final ScrapReconciliation scrapCustody;

  Reconciliation(
      LedgerEntries entries,
      JdbcClient jdbc,
      Authorisations authorisations,
      ComponentBalances balances,
      ScrapReconciliation scrapCustody) {
    this.entries = entries;
    this.jdbc = jdbc;
    this.authorisations = authorisations;
    this.balances = balances;
    this.scrapCustody = scrapCustody;
  }

  @Transactional(readOnly = true)
  public ReconciliationReport reconcile() {
    LedgerTally t = LedgerTally.read(entries);
    Map<String, Map<StockState, Long>> stock = finishedStock();
    Map<String, String> lotProducts = lotProducts();
    Map<String, long[]> custody = scrapCustody.custody();
    List<Difference> diffs = new ArrayList<>();
    List<LotFigures> lots = new ArrayList<>();
    List<ScrapFigures> scrap = new ArrayList<>();
    TreeSet<String> lotIds = new TreeSet<>(t.lots.keySet());
    lotIds.addAll(stock.keySet());
    lotIds.addAll(custody.keySet());
    for (String lot : lotIds) {
      long[] f = t.lots.getOrDefault(lot, new long[FIGURES]);
      Map<StockState, Long> s = stock.getOrDefault(lot, Map.of());
      String product = lotProducts.getOrDefault(lot, t.products.getOrDefault(lot, "?"));
      LotFigures lf =
          new LotFigures(
              lot,
              product,
              f[GOOD],
              f[SCRAP],
              f[CLOSED] == 1 ? f[CLOSED_GOOD] : null,
              f[CLOSED] == 1 ? f[CLOSED_SCRAP] : null,
              f[REWORKED_IN],
              s.getOrDefault(StockState.QUARANTINE, 0L),
              s.getOrDefault(StockState.RELEASED, 0L),
              s.getOrDefault(StockState.HELD, 0L),
              s.getOrDefault(StockState.SHIPPED, 0L),
              s.getOrDefault(StockState.CONSUMED_BY_TESTING, 0L),
              s.getOrDefault(StockState.SCRAPPED, 0L),
              s.getOrDefault(StockState.REWORKED, 0L),
              f[ADJUSTED],
              s.getOrDefault(StockState.RETAINED, 0L),
              f[RETURNED]);
      lots.add(lf);
      List<Long> ev = t.events("lot " + lot);
      String subject = "lot " + lot;
      if (f[CLOSED] == 1) {
        check(
            diffs,
            subject,
            "LotClosed good + corrections after it = sum of CountReported good + corrections",
            f[CLOSED_GOOD] + f[GOOD_AFTER_CLOSE],
            f[GOOD],
            ev);
        check(
            diffs,
            subject,
            "LotClosed scrap + corrections after it = sum of CountReported scrap + corrections",
            f[CLOSED_SCRAP] + f[SCRAP_AFTER_CLOSE],
            f[SCRAP],
            ev);
      }
      check(
          diffs,
          subject,
          "good + reworked in = in stock (quarantine + released + held) + shipped (dispatched"
              + " less returned) + consumed by testing + scrapped + reworked out + adjusted by"
              + " stocktakes + retained samples",
          f[GOOD] + f[REWORKED_IN],
          lf.accountedFor(),
          ev);
      check(
          diffs,
          subject,
          "shipped = rounds on ShipmentDispatched less CustomerReturnReceived",
          f[SHIPPED] - f[RETURNED],
          lf.shipped(),
          ev);
      check(
          diffs,
          subject,
          "consumed by testing = SamplesConsumed",
          f[TESTED],
          lf.consumedByTesting(),
          ev);
      check(
          diffs,
          subject,
          "scrapped = LotScrapped + RetainedSamplesDiscarded + returns scrapped",
          f[SCRAPPED] + f[DISCARDED],
          lf.scrapped(),
          ev);
      check(
          diffs,
          subject,
          "retained = SamplesRetained less RetainedSamplesDiscarded",
          f[RETAINED] - f[DISCARDED],
          lf.retained(),
          ev);
      ScrapFigures sf =
          ScrapReconciliation.lot(diffs, lot, f, custody.getOrDefault(lot, new long[3]), ev);
      if (sf != null) {
        scrap.add(sf);
      }
      check(
          diffs,
          subject,
          "reworked out = LotReworked + returns reworked",
          f[REWORKED_OUT],
          lf.reworkedOut(),
          ev);
    }
    ScrapFigures scrapTotal = ScrapReconciliation.total(diffs, scrap);
    List<ComponentFigures> components = components(t, diffs);
    authorisations(t, diffs);
    return new ReconciliationReport(
        diffs.isEmpty(),
        lots,
        products(lots),
        components,
        diffs,
        t.adjustments,
        List.copyOf(t.corrections),
        scrap,
        scrapTotal,
        balances.open(),
        List.copyOf(t.stockCorrections));
  }

  private List<ComponentFigures> components(LedgerTally t, List<Difference> diffs) {
    Map<String, Long> inStock = new TreeMap<>();
    jdbc.sql("SELECT component_lot, SUM(quantity) FROM component_stock GROUP BY component_lot")
        .query((rs, n) -> inStock.put(rs.getString(1), rs.getLong(2)))
        .list();
    TreeSet<String> ids = new TreeSet<>(t.components.keySet());
    ids.addAll(inStock.keySet());
    List<ComponentFigures> out = new ArrayList<>();
    for (String id : ids) {
      long[] f = t.components.getOrDefault(id, new long[LedgerTally.COMPONENT_FIGURES]);
      long stock = inStock.getOrDefault(id, 0L);
      out.add(
          new ComponentFigures(
              id,
              t.componentCodes.getOrDefault(id, "?"),
              f[RECEIVED],
              f[CONSUMED],
              stock,
              f[C_SCRAPPED],
              f[C_ADJUSTED],
              f[LedgerTally.C_RETURNED]));
      check(
          diffs,
          "component lot " + id,
          "received = consumed + in stock + scrapped + returned + adjusted by stocktakes",
          f[RECEIVED],
          f[CONSUMED] + stock + f[C_SCRAPPED] + f[LedgerTally.C_RETURNED] + f[C_ADJUSTED],
          t.events("component lot " + id));
    }
    return out;
  }

  private void authorisations(LedgerTally t, List<Difference> diffs) {
    for (var a : authorisations.all(null)) {
      long shipped = t.authorisationUse.getOrDefault(a.id(), 0L);
      check(
          diffs,
          "authorisation " + a.id(),
          "used = rounds on ShipmentCreated less ShipmentCancelled",
          shipped,
          a.used(),
          t.events("authorisation " + a.id()));
    }
  }

  private static List<ProductFigures> products(List<LotFigures> lots) {
    Map<String, long[]> sums = new TreeMap<>();
    for (LotFigures l : lots) {
      long[] s = sums.computeIfAbsent(l.product(), k -> new long[10]);
      s[0] += l.produced();
      s[1] += l.countedGood();
      s[2] += l.countedScrap();
      s[3] += l.inStock();
      s[4] += l.shipped();
      s[5] += l.consumedByTesting();
      s[6] += l.scrapped();
      s[7] += l.adjusted();
      s[8] += l.retained();
      s[9] += l.returned();
    }
    List<ProductFigures> out = new ArrayList<>();
    sums.forEach(
        (p, s) ->
            out.add(
                new ProductFigures(p, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9])));
    return out;
  }

  static void check(
      List<Difference> diffs,
      String subject,
      String rule,
      long expected,
      long actual,
      List<Long> ev) {
    if (expected != actual) {
      diffs.add(new Difference(subject, rule, expected, actual, ev));
    }
  }

  private Map<String, Map<StockState, Long>> finishedStock() {
    Map<String, Map<StockState, Long>> out = new HashMap<>();
    jdbc.sql("SELECT lot, state, SUM(quantity) FROM finished_stock GROUP BY lot, state")
        .query(
            (rs, n) ->
                out.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(StockState.class))
                    .put(StockState.valueOf(rs.getString(2)), rs.getLong(3)))
        .list();
    return out;
  }

  private Map<String, String> lotProducts() {
    Map<String, String> out = new HashMap<>();
    jdbc.sql("SELECT lot, product FROM finished_lot")
        .query((rs, n) -> out.put(rs.getString(1), rs.getString(2)))
        .list();
    return out;
  }
}
