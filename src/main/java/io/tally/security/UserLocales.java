package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.kernel.Languages;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each user's own language: chosen with {@link #choose} (a {@code UserLocaleChosen} entry) and read
 * from the {@code user_locale} projection. A user who chose none reads the site's language.
 */
@Service
public class UserLocales {
  private final JdbcClient jdbc;
  private final CommandExecutor commands;

  UserLocales(JdbcClient jdbc, CommandExecutor commands) {
    this.jdbc = jdbc;
    this.commands = commands;
  }

  /** Records the signed-in user's choice ({@link ChooseLocale}); answers the tag kept. */
  public String choose(Actor actor, IdempotencyKey key, String tag) {
    return commands.execute(actor, key, new UserCommands.ChooseLocale(actor.name(), tag));
  }

  /** The language the user chose, if they chose one. */
  public Optional<Locale> chosen(String name) {
    return jdbc.sql("SELECT locale FROM user_locale WHERE name = ?")
        .param(name)
        .query(String.class)
        .optional()
        .map(Languages::locale);
  }
}
