package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.ledger.Ledger;
import org.springframework.stereotype.Component;

/**
 * Locks an account after too many failed sign-ins in a row, as Tally itself; under the ledger lock,
 * two failed sign-ins at the same moment lock it once. Answers whether this command locked it.
 */
@Component
class LockUser implements CommandHandler<UserCommands.Lock, Boolean> {
  private final Users users;
  private final Ledger ledger;

  LockUser(Users users, Ledger ledger) {
    this.users = users;
    this.ledger = ledger;
  }

  @Override
  public Class<UserCommands.Lock> commandType() {
    return UserCommands.Lock.class;
  }

  @Override
  public Boolean handle(UserCommands.Lock command, Actor actor) {
    String name = command.name();
    boolean open = users.find(name).map(u -> !u.locked()).orElse(false);
    if (open) {
      ledger.append(actor, new UserEvent.UserLocked(name, SignInThrottle.LOCK_AFTER));
    }
    return open;
  }
}
