package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Amends an authorisation under a new document (quantity, last valid day); the quantity never goes
 * below what is already shipped or ordered under it.
 */
@Component
class AmendAuthorisation implements CommandHandler<AuthorisationCommands.Amend, Authorisation> {
  private final AuthorisationChanges changes;
  private final Ledger ledger;

  AmendAuthorisation(AuthorisationChanges changes, Ledger ledger) {
    this.changes = changes;
    this.ledger = ledger;
  }

  @Override
  public Class<AuthorisationCommands.Amend> commandType() {
    return AuthorisationCommands.Amend.class;
  }

  @Override
  public Authorisation handle(AuthorisationCommands.Amend command, Actor actor) {
    String id = command.id();
    AuthorisationAmendment r = command.request();
    if (r == null || (r.quantity() == null && r.validTo() == null)) {
      throw CommandRejected.invalid("quantity", "an amendment changes quantity or validTo");
    }
    long max = AuthorisationChanges.MAX_QUANTITY;
    if (r.quantity() != null && (r.quantity() <= 0 || r.quantity() > max)) {
      throw CommandRejected.invalid("quantity", "quantity must be 1 to " + max);
    }
    AuthorisationChanges.requireDocument(r.documentRef(), r.reason());
    Authorisation a = changes.existing(id);
    AuthorisationChanges.requireStatus(
        a, Set.of(AuthorisationStatus.ACTIVE, AuthorisationStatus.SUSPENDED), "amended");
    long quantity = r.quantity() == null ? a.quantity() : r.quantity();
    long committed = Math.max(a.used(), a.ordered());
    if (quantity < committed) {
      throw CommandRejected.conflict(
          "quantity",
          "authorisation "
              + id
              + " has "
              + a.used()
              + " shipped and "
              + a.ordered()
              + " ordered; its quantity cannot go below "
              + committed);
    }
    LocalDate validTo = r.validTo() == null ? a.validTo() : r.validTo();
    if (validTo.isBefore(a.validFrom())) {
      throw CommandRejected.invalid(
          "validTo", "validTo must not be before validFrom " + a.validFrom());
    }
    ledger.append(
        actor,
        new OrderEvent.AuthorisationAmended(id, quantity, validTo, r.documentRef(), r.reason()));
    return changes.existing(id);
  }
}
