package io.tally.periods;

import io.tally.ledger.Events;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.periods.PeriodEvent.PeriodClosed;
import io.tally.periods.PeriodStatement.AuthorisationLine;
import io.tally.periods.PeriodStatement.CarriedForward;
import io.tally.periods.PeriodStatement.Closure;
import io.tally.periods.PeriodStatement.Difference;
import io.tally.periods.PeriodStatement.Line;
import io.tally.periods.PeriodStatement.Status;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a month's statement. An open or ended month is recomputed from the ledger; a closed one
 * shows the figures its PeriodClosed froze, and is recomputed as well only to list, as differences,
 * any way the ledger no longer gives those figures. Either way the opening of every subject must be
 * the closing the previous month was closed with.
 */
@Component
class PeriodStatements {
  private final ObjectProvider<PeriodFigures> figures;
  private final PeriodCalendar calendar;
  private final LedgerEntries entries;
  private final JdbcClient jdbc;

  PeriodStatements(
      ObjectProvider<PeriodFigures> figures,
      PeriodCalendar calendar,
      LedgerEntries entries,
      JdbcClient jdbc) {
    this.figures = figures;
    this.calendar = calendar;
    this.entries = entries;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  PeriodStatement statement(YearMonth month) {
    Instant from = calendar.start(month);
    Instant to = calendar.end(month);
    // Looked up when needed: a module test of execution alone has guards but no statements.
    PeriodFigures.Figures now = figures.getObject().figures(from, to);
    List<Difference> diffs = new ArrayList<>(now.differences());
    Optional<LedgerEntry> closeEntry = closeEntry(month);
    Optional<PeriodClosed> previous = closeEntry(month.minusMonths(1)).map(PeriodStatements::read);
    @Nullable Closure closure = null;
    PeriodStatement.Status status = calendar.ended(month) ? Status.ENDED : Status.OPEN;
    List<Line> products = now.products();
    List<Line> components = now.components();
    List<Line> stores = now.stores();
    List<AuthorisationLine> authorisations = now.authorisations();
    long lastSeq = now.lastSeq();
    if (closeEntry.isPresent()) {
      PeriodClosed c = read(closeEntry.get());
      status = Status.CLOSED;
      closure =
          new Closure(
              closeEntry.get().seq(),
              closeEntry.get().actor(),
              closeEntry.get().time(),
              c.sha256(),
              c.checkpointSize(),
              c.checkpointRoot());
      same(diffs, "as closed", c.products(), products);
      same(diffs, "as closed", c.components(), components);
      same(diffs, "as closed", c.stores(), stores);
      if (!c.sha256().equals(sha256(month, c))) {
        diffs.add(new Difference("period " + month, "figures match their SHA-256", 0, 1));
      }
      products = c.products();
      components = c.components();
      stores = c.stores();
      authorisations = c.authorisations();
      lastSeq = c.lastSeq();
    }
    if (previous.isPresent()) {
      opening(diffs, previous.get().products(), products);
      opening(diffs, previous.get().components(), components);
      opening(diffs, previous.get().stores(), stores);
    }
    for (Line l : concat(products, components, stores)) {
      if (!l.adds()) {
        diffs.add(
            new Difference(
                subject(l), "opening + in - out = closing", l.closing(), l.closing() + 1));
      }
    }
    return new PeriodStatement(
        month,
        calendar.zone().getId(),
        from,
        to,
        status,
        diffs.isEmpty(),
        lastSeq,
        products,
        components,
        stores,
        authorisations,
        diffs,
        carriedInto(month),
        closure);
  }

  /** The canonical SHA-256 of a close's figures: the payload without sha256 and the checkpoint. */
  static String sha256(YearMonth month, PeriodClosed c) {
    return Sealed.of(month, c).sha256();
  }

  List<PeriodSummary> months() {
    Instant first =
        entries.page(1, 1, null).stream().findFirst().map(LedgerEntry::time).orElse(calendar.now());
    Map<String, String> closedBy = new HashMap<>();
    jdbc.sql("SELECT period, closed_by FROM period_close")
        .query((rs, n) -> closedBy.put(rs.getString(1), rs.getString(2)))
        .list();
    List<PeriodSummary> out = new ArrayList<>();
    YearMonth m = calendar.of(calendar.now());
    YearMonth start = calendar.of(first);
    for (; !m.isBefore(start) && out.size() < 240; m = m.minusMonths(1)) {
      String by = closedBy.get(m.toString());
      Status s = by != null ? Status.CLOSED : calendar.ended(m) ? Status.ENDED : Status.OPEN;
      out.add(new PeriodSummary(m, s, by));
    }
    return out;
  }

  Optional<LedgerEntry> closeEntry(YearMonth month) {
    return jdbc.sql("SELECT seq FROM period_close WHERE period = ?")
        .param(month.toString())
        .query(Long.class)
        .optional()
        .flatMap(entries::find);
  }

  static PeriodClosed read(LedgerEntry e) {
    return Events.read(e, PeriodClosed.class)
        .orElseThrow(() -> new IllegalStateException("entry " + e.seq() + " is no PeriodClosed"));
  }

  private List<CarriedForward> carriedInto(YearMonth month) {
    return jdbc.sql(
            "SELECT seq, period, field, occurred_millis, actor FROM period_carried"
                + " WHERE into_period = ? ORDER BY seq")
        .param(month.toString())
        .query(
            (rs, n) ->
                new CarriedForward(
                    rs.getLong(1),
                    YearMonth.parse(rs.getString(2)),
                    rs.getString(3),
                    Instant.ofEpochMilli(rs.getLong(4)),
                    rs.getString(5)))
        .list();
  }

  /** Each subject's opening must be the closing the previous month was closed with. */
  private static void opening(List<Difference> diffs, List<Line> closed, List<Line> lines) {
    Map<String, Long> before = new HashMap<>();
    closed.forEach(l -> before.put(subject(l), l.closing()));
    Map<String, Long> now = new HashMap<>();
    lines.forEach(l -> now.put(subject(l), l.opening()));
    before.forEach(
        (s, c) -> {
          long o = now.getOrDefault(s, 0L);
          if (o != c) {
            diffs.add(new Difference(s, "opening = closing of the closed previous period", c, o));
          }
        });
    now.forEach(
        (s, o) -> {
          if (!before.containsKey(s) && o != 0) {
            diffs.add(new Difference(s, "opening = closing of the closed previous period", 0, o));
          }
        });
  }

  /** A closed month's frozen closing against the closing recomputed from the ledger now. */
  private static void same(List<Difference> diffs, String how, List<Line> frozen, List<Line> now) {
    Map<String, Line> recomputed = new HashMap<>();
    now.forEach(l -> recomputed.put(subject(l), l));
    Map<String, Line> closed = new HashMap<>();
    frozen.forEach(l -> closed.put(subject(l), l));
    for (Line f : frozen) {
      Line n = recomputed.get(subject(f));
      if (n == null || !n.equals(f)) {
        diffs.add(
            new Difference(
                subject(f),
                "recomputed from the ledger = " + how,
                f.closing(),
                n == null ? 0 : n.closing()));
      }
    }
    for (Line n : now) {
      if (!closed.containsKey(subject(n))) {
        diffs.add(
            new Difference(subject(n), "recomputed from the ledger = " + how, 0, n.closing()));
      }
    }
  }

  static String subject(Line l) {
    return l.kind() + " " + l.subject();
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
