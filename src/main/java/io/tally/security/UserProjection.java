package io.tally.security;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.security.UserEvent.UserAdded;
import io.tally.security.UserEvent.UserDisabled;
import io.tally.security.UserEvent.UserEnabled;
import io.tally.security.UserEvent.UserLocked;
import io.tally.security.UserEvent.UserRolesChanged;
import io.tally.security.UserEvent.UserUnlocked;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Users, their roles and whether they are enabled or locked, from the user entries. */
@Component
class UserProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(UserAdded.class, this::added)
          .on(UserDisabled.class, (u, e) -> set("enabled = FALSE", u))
          .on(UserEnabled.class, (u, e) -> set("enabled = TRUE", u))
          .on(UserLocked.class, (u, e) -> set("locked = TRUE", u))
          .on(UserUnlocked.class, (u, e) -> set("locked = FALSE", u))
          .on(UserRolesChanged.class, (u, e) -> rolesChanged(u));

  UserProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("app_user");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void added(UserAdded u, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO app_user (name, roles, enabled, locked, created_seq)"
                + " VALUES (?, ?, TRUE, FALSE, ?)")
        .params(u.name(), roles(u.roles()), e.seq())
        .update();
  }

  private void rolesChanged(UserRolesChanged u) {
    jdbc.sql("UPDATE app_user SET roles = ? WHERE name = ?")
        .params(roles(u.roles()), u.name())
        .update();
  }

  private void set(String assignment, UserEvent u) {
    jdbc.sql("UPDATE app_user SET " + assignment + " WHERE name = ?").param(u.name()).update();
  }

  private static String roles(List<Role> roles) {
    return roles.stream().map(Role::name).collect(Collectors.joining(","));
  }
}
