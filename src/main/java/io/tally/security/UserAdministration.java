package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerLock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Revoking and restoring access: disable, enable, set roles, unlock, and the lock that repeated
 * failed sign-ins set. Each is a ledger event naming the user; sign-in reads the user on every
 * request, so each takes effect on that user's next request. The last enabled ADMIN can neither be
 * disabled nor lose the role, so Tally always has someone who can undo a mistake.
 */
@Service
public class UserAdministration {
  private final Users users;
  private final Ledger ledger;
  private final Commands commands;
  private final LedgerLock lock;

  UserAdministration(Users users, Ledger ledger, Commands commands, LedgerLock lock) {
    this.users = users;
    this.ledger = ledger;
    this.commands = commands;
    this.lock = lock;
  }

  public Users.UserView disable(Actor actor, String key, String name) {
    return change(
        actor,
        key,
        "user.disable",
        name,
        Map.of("name", name),
        u -> {
          if (!u.enabled()) {
            throw CommandRejected.conflict("name", "'" + name + "' is disabled already");
          }
          return new UserEvent.UserDisabled(name);
        });
  }

  public Users.UserView enable(Actor actor, String key, String name) {
    return change(
        actor,
        key,
        "user.enable",
        name,
        Map.of("name", name),
        u -> {
          if (u.enabled()) {
            throw CommandRejected.conflict("name", "'" + name + "' is enabled already");
          }
          return new UserEvent.UserEnabled(name);
        });
  }

  public Users.UserView setRoles(Actor actor, String key, String name, List<String> roles) {
    Set<String> parsed = new TreeSet<>();
    if (roles == null || roles.isEmpty()) {
      throw CommandRejected.invalid("roles", "at least one role is required");
    }
    for (String r : roles) {
      try {
        parsed.add(Role.parse(r).name());
      } catch (IllegalArgumentException e) {
        throw CommandRejected.invalid("roles", e.getMessage());
      }
    }
    List<String> sorted = List.copyOf(parsed);
    List<Role> granted = sorted.stream().map(Role::valueOf).toList();
    return change(
        actor,
        key,
        "user.roles",
        name,
        Map.of("name", name, "roles", sorted),
        u -> new UserEvent.UserRolesChanged(name, granted));
  }

  public Users.UserView unlock(Actor actor, String key, String name) {
    return change(
        actor,
        key,
        "user.unlock",
        name,
        Map.of("name", name),
        u -> {
          if (!u.locked()) {
            throw CommandRejected.conflict("name", "'" + name + "' is not locked");
          }
          return new UserEvent.UserUnlocked(name);
        });
  }

  /** Locks an account after too many failed sign-ins in a row; recorded by Tally itself. */
  void lockAfterFailures(String name) {
    commands.run(
        Actor.SYSTEM,
        null,
        "user.lock",
        Map.of("name", name),
        Boolean.class,
        () -> {
          lock.hold(); // two failed sign-ins at the same moment lock once
          boolean open = users.find(name).map(u -> !u.locked()).orElse(false);
          if (open) {
            ledger.append(Actor.SYSTEM, new UserEvent.UserLocked(name, SignInThrottle.LOCK_AFTER));
          }
          return open;
        });
  }

  /** A check on the current user that answers the event to record, or refuses. */
  private interface Check {
    UserEvent eventFor(Users.UserView current);
  }

  private Users.UserView change(
      Actor actor,
      String key,
      String command,
      String name,
      Map<String, Object> request,
      Check check) {
    return commands.run(
        actor,
        key,
        command,
        request,
        Users.UserView.class,
        () -> {
          // Held until commit: no other change can slip between these checks and the entry, so
          // two ADMINs cannot each disable the other and leave Tally without one.
          lock.hold();
          Users.UserView current =
              users
                  .find(name)
                  .orElseThrow(() -> CommandRejected.notFound("name", "no user '" + name + "'"));
          ledger.append(actor, check.eventFor(current));
          if (users.all().stream()
              .noneMatch(v -> v.enabled() && v.roles().contains(Role.ADMIN.name()))) {
            throw CommandRejected.conflict(
                "name", "'" + name + "' is the last enabled ADMIN; make another ADMIN first");
          }
          return users.find(name).orElseThrow();
        });
  }
}
