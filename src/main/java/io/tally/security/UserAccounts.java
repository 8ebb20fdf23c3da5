package io.tally.security;

import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks users up for sign-in: roles from the projection, the hash from the credential table. Not a
 * UserDetailsService bean: {@link CachedCredentials} is the one way users sign in.
 */
@Component
class UserAccounts {
  private final JdbcClient jdbc;

  UserAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public UserDetails loadUserByUsername(String name) {
    return jdbc.sql(
            "SELECT u.name, u.roles, u.enabled, c.password_hash FROM app_user u"
                + " JOIN user_credential c ON c.name = u.name WHERE u.name = ?")
        .param(name)
        .query(
            (rs, n) ->
                User.withUsername(rs.getString(1))
                    .password(rs.getString(4))
                    .roles(Arrays.stream(rs.getString(2).split(",")).toArray(String[]::new))
                    .disabled(!rs.getBoolean(3))
                    .build())
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
