package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Changes to an authorisation after it is recorded, each under its document: amended (quantity,
 * last valid day), suspended (no new orders or shipments until reinstated), reinstated, revoked
 * (for good). An amendment never takes the quantity below what is already shipped or ordered.
 */
@Service
public class AuthorisationChanges {
  static final String AMENDED = "AuthorisationAmended";
  static final String SUSPENDED = "AuthorisationSuspended";
  static final String REINSTATED = "AuthorisationReinstated";
  static final String REVOKED = "AuthorisationRevoked";
  private static final long MAX_QUANTITY = 10_000_000_000L;

  private final Authorisations authorisations;
  private final Ledger ledger;
  private final Commands commands;

  AuthorisationChanges(Authorisations authorisations, Ledger ledger, Commands commands) {
    this.authorisations = authorisations;
    this.ledger = ledger;
    this.commands = commands;
  }

  public Authorisation amend(Actor actor, String key, String id, AuthorisationAmendment r) {
    if (r == null || (r.quantity() == null && r.validTo() == null)) {
      throw CommandRejected.invalid("quantity", "an amendment changes quantity or validTo");
    }
    if (r.quantity() != null && (r.quantity() <= 0 || r.quantity() > MAX_QUANTITY)) {
      throw CommandRejected.invalid("quantity", "quantity must be 1 to " + MAX_QUANTITY);
    }
    requireDocument(r.documentRef(), r.reason());
    return commands.run(
        actor,
        key,
        "authorisation.amend",
        Map.of("id", id, "request", r),
        Authorisation.class,
        () -> {
          Authorisation a = existing(id);
          requireStatus(a, Set.of("ACTIVE", "SUSPENDED"), "amended");
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
          var validTo = r.validTo() == null ? a.validTo() : r.validTo();
          if (validTo.isBefore(a.validFrom())) {
            throw CommandRejected.invalid(
                "validTo", "validTo must not be before validFrom " + a.validFrom());
          }
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("id", id);
          p.put("quantity", quantity);
          p.put("validTo", validTo.toString());
          p.put("documentRef", r.documentRef());
          p.put("reason", r.reason());
          ledger.append(actor, AMENDED, p);
          return existing(id);
        });
  }

  public Authorisation suspend(Actor actor, String key, String id, AuthorisationStatusChange r) {
    return change(actor, key, id, r, SUSPENDED, Set.of("ACTIVE"), "suspended");
  }

  public Authorisation reinstate(Actor actor, String key, String id, AuthorisationStatusChange r) {
    return change(actor, key, id, r, REINSTATED, Set.of("SUSPENDED"), "reinstated");
  }

  public Authorisation revoke(Actor actor, String key, String id, AuthorisationStatusChange r) {
    return change(actor, key, id, r, REVOKED, Set.of("ACTIVE", "SUSPENDED"), "revoked");
  }

  private Authorisation change(
      Actor actor,
      String key,
      String id,
      AuthorisationStatusChange r,
      String type,
      Set<String> from,
      String verb) {
    requireDocument(r == null ? null : r.documentRef(), r == null ? null : r.reason());
    return commands.run(
        actor,
        key,
        "authorisation." + verb,
        Map.of("id", id, "request", r),
        Authorisation.class,
        () -> {
          requireStatus(existing(id), from, verb);
          ledger.append(
              actor, type, Map.of("id", id, "documentRef", r.documentRef(), "reason", r.reason()));
          return existing(id);
        });
  }

  private static void requireDocument(String documentRef, String reason) {
    if (documentRef == null || documentRef.isBlank() || documentRef.length() > 200) {
      throw CommandRejected.invalid("documentRef", "the document reference is required (200 max)");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw CommandRejected.invalid("reason", "the reason is required (2000 max)");
    }
  }

  private static void requireStatus(Authorisation a, Set<String> from, String verb) {
    if (!from.contains(a.status())) {
      throw CommandRejected.conflict(
          "status", "authorisation " + a.id() + " is " + a.status() + "; it cannot be " + verb);
    }
  }

  private Authorisation existing(String id) {
    return authorisations
        .find(id)
        .orElseThrow(() -> CommandRejected.notFound("id", "no authorisation '" + id + "'"));
  }
}
