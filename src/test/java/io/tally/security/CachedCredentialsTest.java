package io.tally.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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
  final Map<String, Account> stored = new HashMap<>();
  final List<String> locked = new java.util.ArrayList<>();
  final TestClock clock = new TestClock(Instant.parse("2027-03-01T06:00:00Z"));
  final CachedCredentials provider =
      new CachedCredentials(
          name -> Optional.ofNullable(stored.get(name)).map(a -> new UserAccounts.Stored(a, null)),
          encoder,
          clock,
          new SignInThrottle(clock),
          locked::add);

  CachedCredentialsTest() {
    stored.put("op.one", account("h:secret", true));
  }

  static Account account(String hash, boolean enabled) {
    return new Account(
        "op.one",
        hash,
        enabled,
        false,
        false,
        List.of(new SimpleGrantedAuthority("ROLE_OPERATOR")));
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
    stored.put("op.one", account("h:new", true));
    assertThatThrownBy(() -> signIn("op.one", "secret"))
        .isInstanceOf(BadCredentialsException.class);
    signIn("op.one", "new");
    stored.put("op.one", account("h:new", false));
    assertThatThrownBy(() -> signIn("op.one", "new")).isInstanceOf(DisabledException.class);
  }

  Authentication signInFrom(String address, String name, String password) {
    var request = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    var http = new org.springframework.mock.web.MockHttpServletRequest();
    http.setRemoteAddr(address);
    request.setDetails(new SignInDetails(http));
    return provider.authenticate(request);
  }

  @Test
  void afterThreeFailuresFurtherGuessesAreRefusedWithoutBcrypt() {
    for (int i = 0; i < SignInThrottle.FREE; i++) {
      assertThatThrownBy(() -> signInFrom("10.0.0.9", "op.one", "guess"))
          .isInstanceOf(BadCredentialsException.class);
    }
    checks.set(0);
    for (int i = 0; i < 50; i++) {
      assertThatThrownBy(() -> signInFrom("10.0.0.9", "op.one", "guess"))
          .isInstanceOf(SignInThrottled.class);
      String random = "random." + i;
      assertThatThrownBy(() -> signInFrom("10.0.0.9", random, "guess"))
          .isInstanceOf(SignInThrottled.class);
    }
    assertThat(checks.get()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(signInFrom("10.0.0.8", "op.one", "secret").getName()).isEqualTo("op.one");
  }

  @Test
  void aRememberedPasswordStillPassesFromAnAddressThatMustWait() {
    signInFrom("10.0.0.7", "op.one", "secret");
    for (int i = 0; i < SignInThrottle.FREE; i++) {
      String name = "nobody." + i;
      assertThatThrownBy(() -> signInFrom("10.0.0.7", name, "guess"))
          .isInstanceOf(BadCredentialsException.class);
    }
    checks.set(0);
    assertThat(signInFrom("10.0.0.7", "op.one", "secret").getName()).isEqualTo("op.one");
    assertThatThrownBy(() -> signInFrom("10.0.0.7", "op.one", "other"))
        .isInstanceOf(SignInThrottled.class);
    assertThat(checks.get()).isZero();
  }

  @Test
  void tenFailuresInARowLockTheAccountOnce() {
    for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
      String address = "10.0.1." + i;
      assertThatThrownBy(() -> signInFrom(address, "op.one", "guess"))
          .isInstanceOf(BadCredentialsException.class);
      clock.advance(SignInThrottle.MAX_WAIT);
    }
    assertThat(locked).containsExactly("op.one");
  }

  @Test
  void theThrottleForgetsTheLeastRecentlyUsedNamesBeyondItsBound() {
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 0; i < SignInThrottle.FREE; i++) {
      throttle.failed("victim", "a");
    }
    assertThat(throttle.nameWait("victim")).isPositive();
    for (int i = 0; i < SignInThrottle.MAX_KEYS; i++) {
      throttle.failed("random." + i, "a");
    }
    assertThat(throttle.nameWait("victim")).isZero();
  }
}
