package io.tally.traceability;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of scrap in custody (docs/traceability.md): rejects leave the reject store to await
 * destruction, a witnessed act destroys them, and reference samples are retained and, past their
 * date, sent to the reject store. Rejects enter the store from execution's counts and quality's
 * LotScrapped, which are not repeated here.
 */
public sealed interface ScrapEvent extends Event {

  /** Rounds of one lot and reason taken from a location (the allocation a command decided). */
  record Taken(String lot, String reason, String location, long quantity) {}

  /** Rejects moved from the reject store to {@code location}, to await destruction there. */
  @EventType("ScrapAwaitingDestruction")
  record ScrapAwaitingDestruction(String location, List<Taken> lines) implements ScrapEvent {}

  /**
   * A destruction act: on {@code date} at {@code place} by {@code method}, seen by the witnesses
   * (users of Tally), under the document whose SHA-256 is {@code document}; {@code lines} are the
   * rounds awaiting destruction it destroyed.
   */
  @EventType("DestructionActRecorded")
  record DestructionActRecorded(
      String act,
      LocalDate date,
      String place,
      String method,
      List<String> witnesses,
      String document,
      List<Taken> lines)
      implements ScrapEvent {}

  /**
   * Rounds of a lot at a location, in stock in {@code state}, kept as reference samples until
   * {@code retainUntil}: they leave the stock that may be packed or shipped.
   */
  @EventType("SamplesRetained")
  record SamplesRetained(
      String retention,
      String lot,
      String location,
      StockState state,
      long quantity,
      LocalDate retainUntil)
      implements ScrapEvent {}

  /** Retained samples past their date moved to the reject store at {@code rejectStore}. */
  @EventType("RetainedSamplesDiscarded")
  record RetainedSamplesDiscarded(
      String retention, String lot, String location, String rejectStore, long quantity)
      implements ScrapEvent {}
}
