package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Languages;
import io.tally.ledger.Ledger;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The signed-in user chooses their language: a {@code UserLocaleChosen} entry, so the choice is
 * kept with the user like every other fact about them. Answers the language tag kept.
 */
@Component
class ChooseLocale implements CommandHandler<UserCommands.ChooseLocale, String> {
  private final Ledger ledger;

  ChooseLocale(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public Class<UserCommands.ChooseLocale> commandType() {
    return UserCommands.ChooseLocale.class;
  }

  @Override
  public String handle(UserCommands.ChooseLocale command, Actor actor) {
    if (!command.name().equals(actor.name())) {
      throw CommandRejected.invalid("name", "a user chooses only their own language");
    }
    Locale locale;
    try {
      locale = Languages.locale(command.locale());
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("locale", e.getMessage());
    }
    String tag = locale.toLanguageTag();
    ledger.append(actor, new UserEvent.UserLocaleChosen(actor.name(), tag));
    return tag;
  }
}
