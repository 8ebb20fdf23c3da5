package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.Ledger;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Revoking and restoring access: disable, enable, set roles, unlock, and the lock that repeated
 * failed sign-ins set. Each is a ledger event naming the user, recorded by its command's handler
 * ({@link DisableUser}, {@link EnableUser}, {@link SetUserRoles}, {@link UnlockUser}, {@link
 * LockUser}); sign-in reads the user on every request, so each takes effect on that user's next
 * request. The last enabled ADMIN can neither be disabled nor lose the role, so Tally always has
 * someone who can undo a mistake.
 */
@Service
public class UserAdministration {
  private final Users users;
  private final Ledger ledger;
  private final CommandExecutor commands;

  UserAdministration(Users users, Ledger ledger, CommandExecutor commands) {
    this.users = users;
    this.ledger = ledger;
    this.commands = commands;
  }

  public Users.UserView disable(Actor actor, String key, String name) {
    return commands.execute(actor, new IdempotencyKey(key), new UserCommands.Disable(name));
  }

  public Users.UserView enable(Actor actor, String key, String name) {
    return commands.execute(actor, new IdempotencyKey(key), new UserCommands.Enable(name));
  }

  public Users.UserView setRoles(Actor actor, String key, String name, List<String> roles) {
    return commands.execute(actor, new IdempotencyKey(key), new UserCommands.SetRoles(name, roles));
  }

  public Users.UserView unlock(Actor actor, String key, String name) {
    return commands.execute(actor, new IdempotencyKey(key), new UserCommands.Unlock(name));
  }

  /** Locks an account after too many failed sign-ins in a row; recorded by Tally itself. */
  void lockAfterFailures(String name) {
    commands.execute(Actor.SYSTEM, new UserCommands.Lock(name));
  }

  /** A check on the current user that answers the event to record, or refuses. */
  interface Check {
    UserEvent eventFor(Users.UserView current);
  }

  /**
   * Records the event the check answers for user {@code name}, inside its command: the ledger lock
   * is held until commit, so no other change can slip between these checks and the entry, and two
   * ADMINs cannot each disable the other and leave Tally without one.
   */
  Users.UserView change(Actor actor, String name, Check check) {
    Users.UserView current =
        users
            .find(name)
            .orElseThrow(() -> CommandRejected.notFound("name", "no user '" + name + "'"));
    ledger.append(actor, check.eventFor(current));
    if (users.all().stream().noneMatch(v -> v.enabled() && v.roles().contains(Role.ADMIN.name()))) {
      throw CommandRejected.conflict(
          "name", "'" + name + "' is the last enabled ADMIN; make another ADMIN first");
    }
    return users.find(name).orElseThrow();
  }
}
