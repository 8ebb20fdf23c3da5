package io.tally.security;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import java.util.List;

/**
 * The facts user administration records in the ledger. Each names the user; none carries a
 * password, a hash or a TOTP secret. Roles are listed in the order of their names.
 */
public sealed interface UserEvent extends Event {
  /** The user's name, the key of every user event. */
  String name();

  /** A user added with their roles; the password hash is kept beside the ledger, never in it. */
  @EventType("UserAdded")
  record UserAdded(String name, List<Role> roles) implements UserEvent {}

  /** A user's access revoked from their next request on. */
  @EventType("UserDisabled")
  record UserDisabled(String name) implements UserEvent {}

  /** A disabled user's access restored. */
  @EventType("UserEnabled")
  record UserEnabled(String name) implements UserEvent {}

  /** A user's roles replaced by these. */
  @EventType("UserRolesChanged")
  record UserRolesChanged(String name, List<Role> roles) implements UserEvent {}

  /** An account locked by Tally after this many failed sign-ins in a row. */
  @EventType("UserLocked")
  record UserLocked(String name, int failures) implements UserEvent {}

  /** A locked account opened again by an ADMIN. */
  @EventType("UserUnlocked")
  record UserUnlocked(String name) implements UserEvent {}

  /** A password set, by its user or reset by an ADMIN (then to be changed at the next sign-in). */
  @EventType("PasswordChanged")
  record PasswordChanged(String name, boolean mustChangeAtNextSignIn) implements UserEvent {}

  /** A user enrolled in TOTP; the secret is sealed beside the ledger, never in it. */
  @EventType("TotpEnrolled")
  record TotpEnrolled(String name) implements UserEvent {}

  /**
   * The language a user chose for their pages and messages, as a language tag ({@code es-VE},
   * {@code en}); it wins over the site's language from their next page on.
   */
  @EventType("UserLocaleChosen")
  record UserLocaleChosen(String name, String locale) implements UserEvent {}
}
