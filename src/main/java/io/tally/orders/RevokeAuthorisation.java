package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Revokes an active or suspended authorisation, for good. */
@Component
class RevokeAuthorisation implements CommandHandler<AuthorisationCommands.Revoke, Authorisation> {
  private final AuthorisationChanges changes;

  RevokeAuthorisation(AuthorisationChanges changes) {
    this.changes = changes;
  }

  @Override
  public Class<AuthorisationCommands.Revoke> commandType() {
    return AuthorisationCommands.Revoke.class;
  }

  @Override
  public Authorisation handle(AuthorisationCommands.Revoke command, Actor actor) {
    return changes.status(
        actor,
        command.id(),
        command.request(),
        Set.of(AuthorisationStatus.ACTIVE, AuthorisationStatus.SUSPENDED),
        "revoked",
        (id, r) -> new OrderEvent.AuthorisationRevoked(id, r.documentRef(), r.reason()));
  }
}
