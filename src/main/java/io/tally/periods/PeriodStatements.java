package io.tally.periods;

import static io.tally.periods.StatementChecks.balances;
import static io.tally.periods.StatementChecks.opening;
import static io.tally.periods.StatementChecks.same;

import io.tally.ledger.LedgerEntry;
import io.tally.periods.PeriodEvent.PeriodClosed;
import io.tally.periods.PeriodStatement.AuthorisationLine;
import io.tally.periods.PeriodStatement.Closure;
import io.tally.periods.PeriodStatement.Difference;
import io.tally.periods.PeriodStatement.Line;
import io.tally.periods.PeriodStatement.Status;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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
  private final ClosedMonths closed;

  PeriodStatements(
      ObjectProvider<PeriodFigures> figures, PeriodCalendar calendar, ClosedMonths closed) {
    this.figures = figures;
    this.calendar = calendar;
    this.closed = closed;
  }

  @Transactional(readOnly = true)
  PeriodStatement statement(YearMonth month) {
    Instant from = calendar.start(month);
    Instant to = calendar.end(month);
    // Looked up when needed: a module test of execution alone has guards but no statements.
    PeriodFigures.Figures now = figures.getObject().figures(from, to);
    List<Difference> diffs = new ArrayList<>(now.differences());
    Optional<LedgerEntry> closeEntry = closed.closeEntry(month);
    Optional<PeriodClosed> previous =
        closed.closeEntry(month.minusMonths(1)).map(ClosedMonths::read);
    @Nullable Closure closure = null;
    PeriodStatement.Status status = calendar.ended(month) ? Status.ENDED : Status.OPEN;
    List<Line> products = now.products();
    List<Line> components = now.components();
    List<Line> stores = now.stores();
    List<AuthorisationLine> authorisations = now.authorisations();
    long lastSeq = now.lastSeq();
    if (closeEntry.isPresent()) {
      PeriodClosed c = ClosedMonths.read(closeEntry.get());
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
    balances(diffs, products);
    balances(diffs, components);
    balances(diffs, stores);
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
        closed.carriedInto(month),
        closure);
  }

  /** The canonical SHA-256 of a close's figures: the payload without sha256 and the checkpoint. */
  static String sha256(YearMonth month, PeriodClosed c) {
    return Sealed.of(month, c).sha256();
  }
}
