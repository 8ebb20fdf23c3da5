package io.tally.security;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.security.UserEvent.UserLocaleChosen;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each user's latest language choice, from the {@code UserLocaleChosen} entries. */
@Component
class UserLocaleProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers().on(UserLocaleChosen.class, this::chosen);

  UserLocaleProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("user_locale");
  }

  @Override
  public void apply(LedgerEntry e) {
    handlers.apply(e);
  }

  private void chosen(UserLocaleChosen c, LedgerEntry e) {
    int updated =
        jdbc.sql("UPDATE user_locale SET locale = ?, chosen_seq = ? WHERE name = ?")
            .params(c.locale(), e.seq(), c.name())
            .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO user_locale (name, locale, chosen_seq) VALUES (?, ?, ?)")
          .params(c.name(), c.locale(), e.seq())
          .update();
    }
  }
}
