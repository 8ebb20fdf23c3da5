package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import org.springframework.stereotype.Component;

/**
 * Enrols a user in TOTP: a new secret sealed beside the password hash, never in the ledger, which
 * records only that the user enrolled.
 */
@Component
class EnrolTotp implements CommandHandler<UserCommands.Enrol, SecondFactor.Enrolment> {
  private final Users users;
  private final SecondFactor secondFactor;
  private final Ledger ledger;

  EnrolTotp(Users users, SecondFactor secondFactor, Ledger ledger) {
    this.users = users;
    this.secondFactor = secondFactor;
    this.ledger = ledger;
  }

  @Override
  public Class<UserCommands.Enrol> commandType() {
    return UserCommands.Enrol.class;
  }

  @Override
  public SecondFactor.Enrolment handle(UserCommands.Enrol command, Actor actor) {
    String name = command.name();
    if (!users.exists(name)) {
      throw CommandRejected.notFound("name", "no user '" + name + "'");
    }
    SecondFactor.Enrolment enrolment = secondFactor.newSecret(name);
    ledger.append(actor, new UserEvent.TotpEnrolled(name));
    return enrolment;
  }
}
