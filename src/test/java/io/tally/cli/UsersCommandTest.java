package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tally users}: revoking, restoring and changing users from the command line. */
class UsersCommandTest {
  @TempDir Path dir;
  String old;

  @BeforeEach
  void useTheTemporaryDataFolder() {
    old = System.getProperty("tally.data-dir");
    System.setProperty("tally.data-dir", dir.toString());
  }

  @AfterEach
  void restore() {
    if (old == null) {
      System.clearProperty("tally.data-dir");
    } else {
      System.setProperty("tally.data-dir", old);
    }
  }

  @Test
  void aUserIsDisabledGivenRolesANewPasswordAndTotpEachAsALedgerEvent() {
    assertThat(CliTest.tally("users", "add", "line.lead", "--role", "OPERATOR").status()).isZero();

    CliTest.Run disable = CliTest.tally("users", "disable", "line.lead");
    assertThat(disable.status()).as(disable.err()).isZero();
    assertThat(disable.out()).contains("line.lead: disabled, roles OPERATOR");

    CliTest.Run roles = CliTest.tally("users", "roles", "line.lead", "--role", "PLANNER,AUDITOR");
    assertThat(roles.out()).contains("roles AUDITOR,PLANNER");
    CliTest.Run badRole = CliTest.tally("users", "roles", "line.lead", "--role", "BOSS");
    assertThat(badRole.status()).isEqualTo(2);
    assertThat(badRole.err()).contains("roles: unknown role 'BOSS'");
    CliTest.Run notLocked = CliTest.tally("users", "unlock", "line.lead");
    assertThat(notLocked.status()).isEqualTo(2);
    assertThat(notLocked.err()).contains("name: 'line.lead' is not locked");

    CliTest.Run password = CliTest.tally("users", "password", "line.lead");
    assertThat(password.out())
        .contains("Password (shown once): ")
        .contains("must be changed at the next sign-in");
    CliTest.Run totp = CliTest.tally("users", "totp", "line.lead");
    assertThat(totp.out()).contains("otpauth://totp/Tally%3Aline.lead?secret=");

    assertThat(CliTest.tally("users", "list").out())
        .containsPattern("line\\.lead\\s+AUDITOR,PLANNER\\s+disabled");
    assertThat(CliTest.tally("ledger", "verify").status()).isZero();
  }

  @Test
  void resettingTheFirstAdminsPasswordDeletesTheGeneratedOne() {
    assertThat(CliTest.tally("users", "list").status()).isZero();
    assertThat(dir.resolve("admin-password.txt")).exists();
    CliTest.Run reset = CliTest.tally("users", "password", "admin");
    assertThat(reset.status()).as(reset.err()).isZero();
    assertThat(dir.resolve("admin-password.txt")).doesNotExist();
  }
}
