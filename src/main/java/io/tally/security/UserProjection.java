package io.tally.security;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Users, their roles and whether they are enabled or locked, from the user entries. */
@Component
class UserProjection implements Projection {
  private final JdbcClient jdbc;

  UserProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("app_user");
  }

  @Override
  public void apply(LedgerEntry e) {
    String name = e.payload().textOrNull("name");
    switch (e.type()) {
      case UserEvents.USER_ADDED ->
          jdbc.sql(
                  "INSERT INTO app_user (name, roles, enabled, locked, created_seq)"
                      + " VALUES (?, ?, TRUE, FALSE, ?)")
              .params(name, roles(e), e.seq())
              .update();
      case UserEvents.USER_DISABLED -> set("enabled = FALSE", name);
      case UserEvents.USER_ENABLED -> set("enabled = TRUE", name);
      case UserEvents.USER_LOCKED -> set("locked = TRUE", name);
      case UserEvents.USER_UNLOCKED -> set("locked = FALSE", name);
      case UserEvents.USER_ROLES_CHANGED ->
          jdbc.sql("UPDATE app_user SET roles = ? WHERE name = ?").params(roles(e), name).update();
      default -> {}
    }
  }

  private void set(String assignment, String name) {
    jdbc.sql("UPDATE app_user SET " + assignment + " WHERE name = ?").param(name).update();
  }

  @SuppressWarnings("unchecked")
  private static String roles(LedgerEntry e) {
    return String.join(",", (List<String>) e.payload().fields().get("roles"));
  }
}
