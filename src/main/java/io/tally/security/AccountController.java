package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.IdempotencyKey;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account: changing the password, which any role may do. */
@RestController
class AccountController {
  private final Passwords passwords;

  AccountController(Passwords passwords) {
    this.passwords = passwords;
  }

  /** The old password and the new one. */
  record PasswordChange(String oldPassword, String newPassword) {
    @Override
    public String toString() {
      return "PasswordChange[]";
    }
  }

  @PostMapping(AccountGate.PASSWORD_API)
  @PreAuthorize(Role.ANY)
  Passwords.Changed changePassword(
      @RequestBody PasswordChange request, IdempotencyKey key, Actor actor) {
    return passwords.changeOwn(actor, key.value(), request.oldPassword(), request.newPassword());
  }
}
