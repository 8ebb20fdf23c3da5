package io.tally.security;

import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Users and their roles, from UserAdded entries. */
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
    if (e.type().equals(Users.USER_ADDED)) {
      @SuppressWarnings("unchecked")
      List<String> roles = (List<String>) e.payload().fields().get("roles");
      jdbc.sql("INSERT INTO app_user (name, roles, enabled, created_seq) VALUES (?, ?, ?, ?)")
          .params(e.payload().text("name"), String.join(",", roles), true, e.seq())
          .update();
    }
  }
}
