package io.tally.security;

import io.tally.ledger.Actor;
import io.tally.ledger.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Users and their roles. Adding a user is a ledger event (name and roles); the password hash is
 * kept beside it, never in the ledger and never in a log.
 */
@Service
public class Users {
  static final String USER_ADDED = "UserAdded";
  static final int MIN_PASSWORD = 12;

  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final Commands commands;
  private final PasswordEncoder encoder;

  Users(JdbcClient jdbc, Ledger ledger, Commands commands, PasswordEncoder encoder) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.commands = commands;
    this.encoder = encoder;
  }

  public UserView add(Actor actor, String key, NewUser request) {
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
    if (request.password() == null || request.password().length() < MIN_PASSWORD) {
      throw CommandRejected.invalid(
          "password", "a password has at least " + MIN_PASSWORD + " characters");
    }
    NewUser audited = new NewUser(name, List.copyOf(roles), null);
    return commands.run(
        actor,
        key,
        "user.add",
        Map.of("name", name, "roles", roles),
        UserView.class,
        () -> {
          if (exists(name)) {
            throw CommandRejected.conflict("name", "a user '" + name + "' exists already");
          }
          jdbc.sql("INSERT INTO user_credential (name, password_hash) VALUES (?, ?)")
              .params(name, encoder.encode(request.password()))
              .update();
          long seq =
              ledger
                  .append(actor, USER_ADDED, Map.of("name", name, "roles", audited.roles()))
                  .seq();
          return new UserView(name, audited.roles(), true, seq);
        });
  }

  public boolean exists(String name) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE name = ?")
            .param(name)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Whether a user exists, is enabled and holds the role. */
  public boolean hasRole(String name, Role role) {
    return jdbc.sql("SELECT roles FROM app_user WHERE name = ? AND enabled = TRUE")
        .param(name)
        .query(String.class)
        .optional()
        .map(r -> java.util.Arrays.asList(r.split(",")).contains(role.name()))
        .orElse(false);
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
  }

  public List<UserView> all() {
    return jdbc.sql("SELECT name, roles, enabled, created_seq FROM app_user ORDER BY name")
        .query(
            (rs, n) ->
                new UserView(
                    rs.getString(1),
                    List.of(rs.getString(2).split(",")),
                    rs.getBoolean(3),
                    rs.getLong(4)))
        .list();
  }

  /** A request to add a user; the password never leaves this request except as a hash. */
  public record NewUser(String name, List<String> roles, String password) {
    @Override
    public String toString() {
      return "NewUser[name=" + name + ", roles=" + roles + "]";
    }
  }

  /** A user as listed: name, roles, whether enabled, and the entry that added them. */
  public record UserView(String name, List<String> roles, boolean enabled, long ledgerSeq) {}
}
