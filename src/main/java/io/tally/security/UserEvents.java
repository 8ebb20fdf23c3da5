package io.tally.security;

/**
 * The ledger event types of user administration. Each names the user; none carries a password, a
 * hash or a TOTP secret.
 */
final class UserEvents {
  static final String USER_ADDED = "UserAdded";
  static final String USER_DISABLED = "UserDisabled";
  static final String USER_ENABLED = "UserEnabled";
  static final String USER_ROLES_CHANGED = "UserRolesChanged";
  static final String USER_LOCKED = "UserLocked";
  static final String USER_UNLOCKED = "UserUnlocked";
  static final String PASSWORD_CHANGED = "PasswordChanged";
  static final String TOTP_ENROLLED = "TotpEnrolled";

  private UserEvents() {}
}
