package io.tally.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** User administration from the command line; every change is a ledger event. */
@Command(
    name = "users",
    description = "Add, list, disable, enable, unlock users; set roles and passwords; enrol TOTP.",
    subcommands = {
      UserAdd.class,
      UsersList.class,
      UserDisable.class,
      UserEnable.class,
      UserUnlock.class,
      UserRoles.class,
      UserPassword.class,
      UserTotp.class
    })
class UsersCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
