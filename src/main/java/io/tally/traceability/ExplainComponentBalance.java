package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.traceability.IncomingEvent.ComponentBalanceExplained;
import io.tally.traceability.IncomingRequests.Explain;
import org.springframework.stereotype.Component;

/**
 * Records why a finished lot's use of a component is outside the tolerance, which clears the flag
 * for the figures it shows; if made or consumed change later, the flag opens again. A balance that
 * is not flagged, or is explained already, is refused.
 */
@Component
class ExplainComponentBalance implements CommandHandler<Explain, ComponentBalanceView> {
  private final Ledger ledger;
  private final ComponentBalances balances;

  ExplainComponentBalance(Ledger ledger, ComponentBalances balances) {
    this.ledger = ledger;
    this.balances = balances;
  }

  @Override
  public Class<Explain> commandType() {
    return Explain.class;
  }

  @Override
  public ComponentBalanceView handle(Explain c, Actor actor) {
    String reason = Inputs.text("reason", c.reason() == null ? null : c.reason().reason(), 500);
    ComponentBalanceView b = balances.require(c.lot(), c.component());
    if (!b.flagged()) {
      throw CommandRejected.conflict(
          "component",
          "the balance of "
              + c.component()
              + " in lot "
              + c.lot()
              + " is not flagged (consumed "
              + b.consumed()
              + ", expected "
              + b.expected()
              + (b.closed() ? ", within tolerance)" : ", lot still open)"));
    }
    if (!b.open()) {
      throw CommandRejected.conflict(
          "component", "the balance of " + c.component() + " in lot " + c.lot() + " is explained");
    }
    ledger.append(
        actor,
        new ComponentBalanceExplained(b.lot(), b.component(), b.made(), b.consumed(), reason));
    return balances.require(b.lot(), b.component());
  }
}
