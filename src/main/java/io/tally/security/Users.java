package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Commands;
import io.tally.ledger.Ledger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Users and their roles. Adding a user is a ledger event (name and roles); the password hash is
 * kept beside it, never in the ledger and never in a log. {@link UserAdministration} and {@link
 * Passwords} change them afterwards.
 */
@Service
public class Users {

  private static final String VIEW =
      "SELECT name, roles, enabled, locked, created_seq FROM app_user";

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
    requireAcceptable("password", name, request.password());
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
          UserEvent added =
              new UserEvent.UserAdded(name, roles.stream().map(Role::valueOf).toList());
          long seq = ledger.append(actor, added).get(0).seq();
          return new UserView(name, audited.roles(), true, false, seq);
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
    return jdbc.sql(VIEW + " ORDER BY name").query(Users::view).list();
  }

  public Optional<UserView> find(String name) {
    return jdbc.sql(VIEW + " WHERE name = ?").param(name).query(Users::view).optional();
  }

  /** Refuses a password the policy does not admit for this user, naming the field. */
  static void requireAcceptable(String field, String name, String password) {
    PasswordPolicy.SHIPPED
        .refusal(name, password)
        .ifPresent(
            reason -> {
              throw CommandRejected.invalid(field, reason);
            });
  }

  private static UserView view(ResultSet rs, int n) throws SQLException {
    return new UserView(
        rs.getString(1),
        List.of(rs.getString(2).split(",")),
        rs.getBoolean(3),
        rs.getBoolean(4),
        rs.getLong(5));
  }

  /** A request to add a user; the password never leaves this request except as a hash. */
  public record NewUser(String name, List<String> roles, String password) {
    @Override
    public String toString() {
      return "NewUser[name=" + name + ", roles=" + roles + "]";
    }
  }

  /** A user as listed: name, roles, whether enabled or locked, and the entry that added them. */
  public record UserView(
      String name, List<String> roles, boolean enabled, boolean locked, long ledgerSeq) {}
}
