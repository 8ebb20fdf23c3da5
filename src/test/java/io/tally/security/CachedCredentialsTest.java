package io.tally.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

class CachedCredentialsTest {
  final AtomicInteger checks = new AtomicInteger();
  final PasswordEncoder encoder =
      new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
          return "h:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
          checks.incrementAndGet();
          return encoded.equals("h:" + raw);
        }
      };
  final Map<String, User> stored = new HashMap<>();
  final TestClock clock = new TestClock(Instant.parse("2027-03-01T06:00:00Z"));
  final CachedCredentials provider =
      new CachedCredentials(
          name -> {
            User u = stored.get(name);
            if (u == null) {
              throw new UsernameNotFoundException(name);
            }
            return User.withUserDetails(u).build();
          },
          encoder,
          clock);

  CachedCredentialsTest() {
    stored.put(
        "op.one",
        (User) User.withUsername("op.one").password("h:secret").roles("OPERATOR").build());
  }

  Authentication signIn(String name, String password) {
    return provider.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated(name, password));
  }

  @Test
  void aVerifiedPasswordIsNotHashedAgainWithinFiveMinutes() {
    checks.set(0);
    assertThat(signIn("op.one", "secret").getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_OPERATOR");
    signIn("op.one", "secret");
    signIn("op.one", "secret");
    assertThat(checks.get()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(5));
    signIn("op.one", "secret");
    assertThat(checks.get()).isEqualTo(2);
  }

  @Test
  void aWrongPasswordIsRefusedEvenAfterTheRightOneWasCached() {
    signIn("op.one", "secret");
    assertThatThrownBy(() -> signIn("op.one", "Secret"))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> signIn("nobody", "secret"))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void aChangedPasswordOrDisabledUserTakesEffectAtOnce() {
    signIn("op.one", "secret");
    stored.put(
        "op.one", (User) User.withUsername("op.one").password("h:new").roles("OPERATOR").build());
    assertThatThrownBy(() -> signIn("op.one", "secret"))
        .isInstanceOf(BadCredentialsException.class);
    signIn("op.one", "new");
    stored.put(
        "op.one",
        (User)
            User.withUsername("op.one").password("h:new").roles("OPERATOR").disabled(true).build());
    assertThatThrownBy(() -> signIn("op.one", "new")).isInstanceOf(DisabledException.class);
  }
}
