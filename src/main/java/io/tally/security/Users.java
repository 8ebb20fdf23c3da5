package io.tally.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tally.kernel.Actor;
import io.tally.kernel.Command;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandName;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
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
  private final CommandExecutor commands;

  Users(JdbcClient jdbc, CommandExecutor commands) {
    this.jdbc = jdbc;
    this.commands = commands;
  }

  /** Adds a user ({@link AddUser}). */
  public UserView add(Actor actor, String key, NewUser request) {
    return commands.execute(actor, new IdempotencyKey(key), request);
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

  /**
   * A request to add a user; the password never leaves this request except as a hash: it is read
   * from the request's JSON (so the API document shows it) but never written out.
   */
  @CommandName("user.add")
  public record NewUser(
      String name,
      List<String> roles,
      @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String password)
      implements Command<UserView> {
    @Override
    public Class<UserView> answerType() {
      return UserView.class;
    }

    @Override
    public String toString() {
      return "NewUser[name=" + name + ", roles=" + roles + "]";
    }
  }

  /** A user as listed: name, roles, whether enabled or locked, and the entry that added them. */
  public record UserView(
      String name, List<String> roles, boolean enabled, boolean locked, long ledgerSeq) {}
}
