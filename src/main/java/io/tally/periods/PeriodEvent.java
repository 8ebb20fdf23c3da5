package io.tally.periods;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The facts of periods (docs/periods.md): a month closed, and a correction carried past one. */
public sealed interface PeriodEvent extends Event {

  /**
   * A month closed by an auditor: the statement's figures as closed, the SHA-256 of their canonical
   * encoding, and the signed checkpoint (tree size and root) the close rests on, which covers every
   * entry of the month ({@code lastSeq}, 0 when none).
   */
  @EventType("PeriodClosed")
  record PeriodClosed(
      YearMonth period,
      String zone,
      Instant from,
      Instant to,
      long lastSeq,
      List<PeriodStatement.Line> products,
      List<PeriodStatement.Line> components,
      List<PeriodStatement.Line> stores,
      List<PeriodStatement.AuthorisationLine> authorisations,
      String sha256,
      long checkpointSize,
      String checkpointRoot)
      implements PeriodEvent {}

  /**
   * An entry about a closed month ({@code occurredAt} in {@code period}) accepted into the open
   * month {@code into} under the CARRY_FORWARD rule; it precedes the entry it admits, which the
   * same command appends.
   */
  @EventType("PeriodCarriedForward")
  record PeriodCarriedForward(YearMonth period, YearMonth into, String field, Instant occurredAt)
      implements PeriodEvent {}
}
