package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Adds a user: a ledger event with the name and roles; the password hash is kept beside it, never
 * in the ledger and never in a log.
 */
@Component
class AddUser implements CommandHandler<Users.NewUser, Users.UserView> {
  private final Users users;
  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final PasswordEncoder encoder;

  AddUser(Users users, JdbcClient jdbc, Ledger ledger, PasswordEncoder encoder) {
    this.users = users;
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.encoder = encoder;
  }

  @Override
  public Class<Users.NewUser> commandType() {
    return Users.NewUser.class;
  }

  @Override
  public Users.UserView handle(Users.NewUser request, Actor actor) {
    String name = request.name() == null ? "" : request.name().trim();
    try {
      new Actor(name);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("name", e.getMessage());
    }
    if (name.equals(Actor.SYSTEM.name())) {
      throw CommandRejected.invalid("name", "'system' is reserved for Tally's own entries");
    }
    if (request.roles() == null || request.roles().isEmpty()) {
      throw CommandRejected.invalid("roles", "at least one role is required");
    }
    Set<String> roles = new TreeSet<>();
    for (String r : request.roles()) {
      try {
        roles.add(Role.parse(r).name());
      } catch (IllegalArgumentException e) {
        throw CommandRejected.invalid("roles", e.getMessage());
      }
    }
    Users.requireAcceptable("password", name, request.password());
    Users.NewUser audited = new Users.NewUser(name, List.copyOf(roles), null);
    if (users.exists(name)) {
      throw CommandRejected.conflict("name", "a user '" + name + "' exists already");
    }
    jdbc.sql("INSERT INTO user_credential (name, password_hash) VALUES (?, ?)")
        .params(name, encoder.encode(request.password()))
        .update();
    UserEvent added = new UserEvent.UserAdded(name, roles.stream().map(Role::valueOf).toList());
    long seq = ledger.append(actor, added).get(0).seq();
    return new Users.UserView(name, audited.roles(), true, false, seq);
  }
}
