package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Suspends an active authorisation: no new orders or shipments under it until it is reinstated. */
@Component
class SuspendAuthorisation implements CommandHandler<AuthorisationCommands.Suspend, Authorisation> {
  private final AuthorisationChanges changes;

  SuspendAuthorisation(AuthorisationChanges changes) {
    this.changes = changes;
  }

  @Override
  public Class<AuthorisationCommands.Suspend> commandType() {
    return AuthorisationCommands.Suspend.class;
  }

  @Override
  public Authorisation handle(AuthorisationCommands.Suspend command, Actor actor) {
    return changes.status(
        actor,
        command.id(),
        command.request(),
        Set.of(AuthorisationStatus.ACTIVE),
        "suspended",
        (id, r) -> new OrderEvent.AuthorisationSuspended(id, r.documentRef(), r.reason()));
  }
}
