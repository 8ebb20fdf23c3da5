package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.ReturnEvent.CustomerReturnDisposed;
import io.tally.traceability.ReturnEvent.Disposition;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Quality's disposition of a return awaiting inspection: RELEASE puts its rounds back in released
 * stock (the lot released and on no hold), REWORK takes them into a new lot ({@code <lot>-R<n>}),
 * SCRAP scraps them.
 */
@Component
class DisposeReturn implements CommandHandler<ReturnRequests.Dispose, ReturnView> {
  private final Ledger ledger;
  private final ReturnQueries queries;
  private final FinishedStock stock;
  private final Availability availability;
  private final HoldChecks holds;

  DisposeReturn(
      Ledger ledger,
      ReturnQueries queries,
      FinishedStock stock,
      Availability availability,
      HoldChecks holds) {
    this.ledger = ledger;
    this.queries = queries;
    this.stock = stock;
    this.availability = availability;
    this.holds = holds;
  }

  @Override
  public Class<ReturnRequests.Dispose> commandType() {
    return ReturnRequests.Dispose.class;
  }

  @Override
  public ReturnView handle(ReturnRequests.Dispose c, Actor actor) {
    ReturnRequests.Decision d = c.decision();
    Disposition disposition = disposition(d == null ? null : d.disposition());
    String note = Inputs.text("note", d.note(), HoldRequests.REASON_MAX);
    ReturnView r = queries.require(c.id());
    if (!r.status().equals("AWAITING")) {
      throw CommandRejected.conflict("return", "customer return " + r.id() + " is " + r.status());
    }
    long held = stock.quantity(r.lot(), r.location(), StockState.HELD);
    if (held < r.quantity()) {
      throw CommandRejected.conflict(
          "return",
          "lot "
              + r.lot()
              + " has "
              + held
              + " held rounds at "
              + r.location()
              + ", the return "
              + r.quantity());
    }
    String newLot = null;
    if (disposition == Disposition.RELEASE) {
      if (availability.liveState(r.lot()) != StockState.RELEASED) {
        throw CommandRejected.conflict(
            "disposition", "lot " + r.lot() + " is not released; its rounds are not released");
      }
      holds.lotFree("disposition", r.lot());
    } else if (disposition == Disposition.REWORK) {
      newLot = r.lot() + "-R" + (queries.reworked(r.lot()) + 1);
      if (newLot.length() > 32) {
        throw CommandRejected.conflict(
            "disposition", "the reworked lot's number " + newLot + " is longer than 32");
      }
    }
    ledger.append(
        actor,
        new CustomerReturnDisposed(
            r.id(), disposition, r.lot(), r.quantity(), r.location(), newLot, note));
    return queries.require(r.id());
  }

  private static Disposition disposition(String text) {
    try {
      return Disposition.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("disposition", "disposition is RELEASE, REWORK or SCRAP");
    }
  }
}
