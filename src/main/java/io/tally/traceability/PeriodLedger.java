package io.tally.traceability;

import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.periods.PeriodFigures;
import io.tally.periods.PeriodStatement.AuthorisationLine;
import io.tally.periods.PeriodStatement.Difference;
import io.tally.periods.PeriodStatement.Line;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A month's figures recomputed from the ledger: every entry recorded before the month's end is
 * walked in order, those before its start making the opening. Per product and component the
 * quantities are the entries' own; per store they are what the inventory projections' rules could
 * move; the two must agree.
 */
@Component
class PeriodLedger implements PeriodFigures {
  private static final int PAGE = 5000;
  private final LedgerEntries entries;

  PeriodLedger(LedgerEntries entries) {
    this.entries = entries;
  }

  @Override
  @Transactional(readOnly = true)
  public Figures figures(Instant from, Instant to) {
    return figures(this::pages, from, to);
  }

  /** The entries in order, read a page at a time. */
  private java.util.Iterator<LedgerEntry> pages() {
    return new java.util.Iterator<>() {
      private List<LedgerEntry> page = List.of();
      private int next;
      private long from = 1;
      private boolean last;

      @Override
      public boolean hasNext() {
        if (next == page.size() && !last) {
          page = entries.page(from, PAGE, null);
          next = 0;
          last = page.size() < PAGE;
          if (!page.isEmpty()) {
            from = page.get(page.size() - 1).seq() + 1;
          }
        }
        return next < page.size();
      }

      @Override
      public LedgerEntry next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return page.get(next++);
      }
    };
  }

  /**
   * Walks {@code history} (in sequence order) up to the first entry recorded at or after {@code
   * to}; the entries recorded before {@code from} make the opening.
   */
  static Figures figures(Iterable<LedgerEntry> history, Instant from, Instant to) {
    PeriodWalk walk = new PeriodWalk();
    long lastSeq = 0;
    boolean started = false;
    for (LedgerEntry e : history) {
      if (!e.time().isBefore(to)) {
        break;
      }
      if (!started && !e.time().isBefore(from)) {
        walk.periodStarts();
        started = true;
      }
      if (started) {
        lastSeq = e.seq();
      }
      walk.apply(e);
    }
    if (!started) {
      walk.periodStarts();
    }
    return figures(walk, lastSeq);
  }

  /** The walk's lines, with every rule between them that does not hold. */
  static Figures figures(PeriodWalk walk, long lastSeq) {
    List<Line> products = walk.products.lines();
    List<Line> components = walk.components.lines();
    List<Line> stores = new ArrayList<>(walk.stores.finished.lines());
    List<Line> componentStores = walk.stores.components.lines();
    stores.addAll(componentStores);
    List<Difference> diffs = new ArrayList<>();
    for (Line l : concat(products, components, stores)) {
      if (l.closing() < 0) {
        diffs.add(new Difference(l.kind() + " " + l.subject(), "closing >= 0", 0, l.closing()));
      }
    }
    List<Line> finishedStores = walk.stores.finished.lines();
    agree(diffs, "finished rounds", products, finishedStores);
    agree(diffs, "component units", components, componentStores);
    List<AuthorisationLine> authorisations = new ArrayList<>();
    walk.authorised.forEach(
        (id, q) -> {
          long[] u = walk.use.getOrDefault(id, new long[3]);
          authorisations.add(new AuthorisationLine(id, q, u[0], u[1], u[2], q - u[0] - u[1]));
        });
    return new Figures(lastSeq, products, components, stores, authorisations, diffs);
  }

  /** The subjects' totals against the stores' totals, column by column. */
  private static void agree(List<Difference> diffs, String what, List<Line> a, List<Line> b) {
    Map<String, ToLongFunction<Line>> columns = new TreeMap<>();
    columns.put("opening", Line::opening);
    columns.put("in", Line::in);
    columns.put("shipped", Line::shipped);
    columns.put("consumed", Line::consumed);
    columns.put("tested", Line::tested);
    columns.put("destroyed", Line::destroyed);
    columns.put("adjusted", Line::adjusted);
    columns.put("closing", Line::closing);
    columns.forEach(
        (name, f) -> {
          long subjects = a.stream().mapToLong(f).sum();
          long stores = b.stream().mapToLong(f).sum();
          if (subjects != stores) {
            diffs.add(
                new Difference(
                    what, name + " summed by subject = summed by store", subjects, stores));
          }
        });
  }

  @SafeVarargs
  private static List<Line> concat(List<Line>... lists) {
    List<Line> out = new ArrayList<>();
    for (List<Line> l : lists) {
      out.addAll(l);
    }
    return out;
  }
}
