package io.tally.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Looks users up for sign-in: roles and state from the projection, the hash, the must-change flag
 * and the TOTP secret from the credential table. Not a UserDetailsService bean: {@link
 * CachedCredentials} is the one way users sign in.
 */
@Component
class UserAccounts {
  private final JdbcClient jdbc;
  private final TotpSecrets secrets;

  UserAccounts(JdbcClient jdbc, TotpSecrets secrets) {
    this.jdbc = jdbc;
    this.secrets = secrets;
  }

  /**
   * A stored user: the account and, apart from it so it never sits in a session, the TOTP key (null
   * when not enrolled).
   */
  record Stored(Account account, byte[] totpKey) {}

  Optional<Stored> find(String name) {
    return jdbc.sql(
            "SELECT u.name, u.roles, u.enabled, u.locked, c.password_hash, c.must_change,"
                + " c.totp_secret FROM app_user u JOIN user_credential c ON c.name = u.name"
                + " WHERE u.name = ?")
        .param(name)
        .query(
            (rs, n) ->
                new Stored(
                    new Account(
                        rs.getString(1),
                        rs.getString(5),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        rs.getBoolean(6),
                        authorities(rs.getString(2))),
                    rs.getString(7) == null
                        ? null
                        : secrets.open(rs.getString(1), rs.getString(7))))
        .optional();
  }

  private static List<SimpleGrantedAuthority> authorities(String roles) {
    return Arrays.stream(roles.split(","))
        .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
        .toList();
  }
}
