package io.tally.periods;

import java.time.Instant;
import java.util.List;

/**
 * Where a statement's figures come from: the module that knows the stock events (traceability)
 * recomputes them from the ledger entries recorded before {@code to}, the ones before {@code from}
 * making the opening. Periods never reads another module's events itself.
 */
public interface PeriodFigures {
  Figures figures(Instant from, Instant to);

  /**
   * The month's figures, the last entry recorded in it (0 when none) and every rule that does not
   * hold between them (a negative closing, products against stores, components against stores).
   */
  record Figures(
      long lastSeq,
      List<PeriodStatement.Line> products,
      List<PeriodStatement.Line> components,
      List<PeriodStatement.Line> stores,
      List<PeriodStatement.AuthorisationLine> authorisations,
      List<PeriodStatement.Difference> differences) {}
}
