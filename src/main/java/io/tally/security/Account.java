package io.tally.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A Tally user as signed in: Spring's user (name, hash, roles, enabled, locked) and whether the
 * password must be changed before anything else. Only sign-ins made by {@link CachedCredentials}
 * carry one, so the {@link AccountGate} knows which sessions are Tally's to check.
 */
final class Account extends User {
  private final boolean mustChangePassword;

  Account(
      String name,
      String hash,
      boolean enabled,
      boolean locked,
      boolean mustChangePassword,
      Collection<? extends GrantedAuthority> authorities) {
    super(name, hash, enabled, true, true, !locked, authorities);
    this.mustChangePassword = mustChangePassword;
  }

  boolean mustChangePassword() {
    return mustChangePassword;
  }
}
