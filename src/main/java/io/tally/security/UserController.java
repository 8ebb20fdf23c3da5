package io.tally.security;

import io.tally.kernel.Actor;
import io.tally.kernel.IdempotencyKey;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UserController {
  private final Users users;
  private final UserAdministration admin;
  private final Passwords passwords;
  private final SecondFactor secondFactor;

  UserController(
      Users users, UserAdministration admin, Passwords passwords, SecondFactor secondFactor) {
    this.users = users;
    this.admin = admin;
    this.passwords = passwords;
    this.secondFactor = secondFactor;
  }

  /** New roles for a user. */
  record RolesRequest(List<String> roles) {}

  /** A password an ADMIN sets; the user must change it at the next sign-in. */
  record PasswordRequest(String password) {
    @Override
    public String toString() {
      return "PasswordRequest[]";
    }
  }

  @GetMapping
  @PreAuthorize(Role.ADMIN_ONLY)
  List<Users.UserView> all() {
    return users.all();
  }

  @PostMapping
  @PreAuthorize(Role.ADMIN_ONLY)
  @ResponseStatus(HttpStatus.CREATED)
  Users.UserView add(@RequestBody Users.NewUser request, IdempotencyKey key, Actor actor) {
    return users.add(actor, key.value(), request);
  }

  @PostMapping("/{name}/disable")
  @PreAuthorize(Role.ADMIN_ONLY)
  Users.UserView disable(@PathVariable String name, IdempotencyKey key, Actor actor) {
    return admin.disable(actor, key.value(), name);
  }

  @PostMapping("/{name}/enable")
  @PreAuthorize(Role.ADMIN_ONLY)
  Users.UserView enable(@PathVariable String name, IdempotencyKey key, Actor actor) {
    return admin.enable(actor, key.value(), name);
  }

  @PostMapping("/{name}/unlock")
  @PreAuthorize(Role.ADMIN_ONLY)
  Users.UserView unlock(@PathVariable String name, IdempotencyKey key, Actor actor) {
    return admin.unlock(actor, key.value(), name);
  }

  @PostMapping("/{name}/roles")
  @PreAuthorize(Role.ADMIN_ONLY)
  Users.UserView roles(
      @PathVariable String name,
      @RequestBody RolesRequest request,
      IdempotencyKey key,
      Actor actor) {
    return admin.setRoles(actor, key.value(), name, request.roles());
  }

  @PostMapping("/{name}/password")
  @PreAuthorize(Role.ADMIN_ONLY)
  Passwords.Changed resetPassword(
      @PathVariable String name,
      @RequestBody PasswordRequest request,
      IdempotencyKey key,
      Actor actor) {
    return passwords.reset(actor, key.value(), name, request.password());
  }

  /** Enrols the user in TOTP; the answer holds the secret, shown this once. */
  @PostMapping("/{name}/totp")
  @PreAuthorize(Role.ADMIN_ONLY)
  SecondFactor.Enrolment enrolTotp(@PathVariable String name, Actor actor) {
    return secondFactor.enrol(actor, name);
  }
}
