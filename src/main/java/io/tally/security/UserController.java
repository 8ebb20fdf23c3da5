package io.tally.security;

import io.tally.ledger.Actor;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UserController {
  private static final String KEY = "Idempotency-Key";
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
  Users.UserView add(
      @RequestBody Users.NewUser request,
      @RequestHeader(name = KEY, required = false) String key,
      Principal principal) {
    return users.add(new Actor(principal.getName()), key, request);
  }

  @PostMapping("/{name}/disable")
  @PreAuthorize(Role.ADMIN_ONLY)
  Users.UserView disable(
      @PathVariable String name,
      @RequestHeader(name = KEY, required = false) String key,
      Principal principal) {
    return admin.disable(new Actor(principal.getName()), key, name);
  }

  @PostMapping("/{name}/enable")
  @PreAuthorize(Role.ADMIN_ONLY)
  Users.UserView enable(
      @PathVariable String name,
      @RequestHeader(name = KEY, required = false) String key,
      Principal principal) {
    return admin.enable(new Actor(principal.getName()), key, name);
  }

  @PostMapping("/{name}/unlock")
  @PreAuthorize(Role.ADMIN_ONLY)
  Users.UserView unlock(
      @PathVariable String name,
      @RequestHeader(name = KEY, required = false) String key,
      Principal principal) {
    return admin.unlock(new Actor(principal.getName()), key, name);
  }

  @PostMapping("/{name}/roles")
  @PreAuthorize(Role.ADMIN_ONLY)
  Users.UserView roles(
      @PathVariable String name,
      @RequestBody RolesRequest request,
      @RequestHeader(name = KEY, required = false) String key,
      Principal principal) {
    return admin.setRoles(new Actor(principal.getName()), key, name, request.roles());
  }

  @PostMapping("/{name}/password")
  @PreAuthorize(Role.ADMIN_ONLY)
  Passwords.Changed resetPassword(
      @PathVariable String name,
      @RequestBody PasswordRequest request,
      @RequestHeader(name = KEY, required = false) String key,
      Principal principal) {
    return passwords.reset(new Actor(principal.getName()), key, name, request.password());
  }

  /** Enrols the user in TOTP; the answer holds the secret, shown this once. */
  @PostMapping("/{name}/totp")
  @PreAuthorize(Role.ADMIN_ONLY)
  SecondFactor.Enrolment enrolTotp(@PathVariable String name, Principal principal) {
    return secondFactor.enrol(new Actor(principal.getName()), name);
  }
}
