package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reinstates a suspended authorisation. */
@Component
class ReinstateAuthorisation
    implements CommandHandler<AuthorisationCommands.Reinstate, Authorisation> {
  private final AuthorisationChanges changes;

  ReinstateAuthorisation(AuthorisationChanges changes) {
    this.changes = changes;
  }

  @Override
  public Class<AuthorisationCommands.Reinstate> commandType() {
    return AuthorisationCommands.Reinstate.class;
  }

  @Override
  public Authorisation handle(AuthorisationCommands.Reinstate command, Actor actor) {
    return changes.status(
        actor,
        command.id(),
        command.request(),
        Set.of(AuthorisationStatus.SUSPENDED),
        "reinstated",
        (id, r) -> new OrderEvent.AuthorisationReinstated(id, r.documentRef(), r.reason()));
  }
}
