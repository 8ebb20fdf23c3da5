package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * What changes to an authorisation share: each names an existing authorisation in a state that
 * admits it and carries its document and why. A suspension, reinstatement or revocation is nothing
 * more ({@link SuspendAuthorisation}, {@link ReinstateAuthorisation}, {@link RevokeAuthorisation}).
 */
@Component
class AuthorisationChanges {
  static final long MAX_QUANTITY = 10_000_000_000L;

  private final Authorisations authorisations;
  private final Ledger ledger;

  AuthorisationChanges(Authorisations authorisations, Ledger ledger) {
    this.authorisations = authorisations;
    this.ledger = ledger;
  }

  /** Records a change of status from one of {@code from}, as the event {@code event} makes. */
  Authorisation status(
      Actor actor,
      String id,
      AuthorisationStatusChange r,
      Set<AuthorisationStatus> from,
      String verb,
      BiFunction<String, AuthorisationStatusChange, OrderEvent> event) {
    requireDocument(r == null ? null : r.documentRef(), r == null ? null : r.reason());
    requireStatus(existing(id), from, verb);
    ledger.append(actor, event.apply(id, r));
    return existing(id);
  }

  static void requireDocument(String documentRef, String reason) {
    if (documentRef == null || documentRef.isBlank() || documentRef.length() > 200) {
      throw CommandRejected.invalid("documentRef", "the document reference is required (200 max)");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw CommandRejected.invalid("reason", "the reason is required (2000 max)");
    }
  }

  static void requireStatus(Authorisation a, Set<AuthorisationStatus> from, String verb) {
    if (!from.contains(a.status())) {
      throw CommandRejected.conflict(
          "status", "authorisation " + a.id() + " is " + a.status() + "; it cannot be " + verb);
    }
  }

  Authorisation existing(String id) {
    return authorisations
        .find(id)
        .orElseThrow(() -> CommandRejected.notFound("id", "no authorisation '" + id + "'"));
  }
}
