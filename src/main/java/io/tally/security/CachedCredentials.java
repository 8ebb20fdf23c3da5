package io.tally.security;

import io.tally.ledger.chain.EntryHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password, remembering a successful bcrypt check for a few minutes. HTTP
 * Basic sends the password with every request and bcrypt costs tens of milliseconds of CPU, which
 * would otherwise bound a line terminal's count reports. Only a SHA-256 of the user, the password
 * and the stored hash is kept, so a changed password or hash misses the cache at once; the user is
 * looked up on every request, so a disabled or locked user or changed roles take effect at once.
 *
 * <p>Guessing is throttled before bcrypt runs: a user name that must wait is refused outright; an
 * address that must wait gets only a remembered password through, which costs no bcrypt (so a line
 * terminal keeps reporting while a guesser shares its address). {@link SignInThrottle#LOCK_AFTER}
 * failures in a row lock the account until an ADMIN unlocks it.
 */
@Component
class CachedCredentials implements AuthenticationProvider {
  static final Duration REMEMBER = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private final Function<String, Optional<UserAccounts.Stored>> users;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final SignInThrottle throttle;
  private final Consumer<String> lock;
  private final Map<String, Instant> verified = new ConcurrentHashMap<>();
  private final String dummyHash;

  @Autowired
  CachedCredentials(
      UserAccounts accounts, PasswordEncoder encoder, Clock clock, UserAdministration admin) {
    this(accounts::find, encoder, clock, new SignInThrottle(clock), admin::lockAfterFailures);
  }

  CachedCredentials(
      Function<String, Optional<UserAccounts.Stored>> users,
      PasswordEncoder encoder,
      Clock clock,
      SignInThrottle throttle,
      Consumer<String> lock) {
    this.users = users;
    this.encoder = encoder;
    this.clock = clock;
    this.throttle = throttle;
    this.lock = lock;
    this.dummyHash = encoder.encode("no user has this password");
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String name = request.getName();
    Object credentials = request.getCredentials();
    if (name == null || credentials == null) {
      throw new BadCredentialsException("bad credentials");
    }
    String password = credentials.toString();
    String address =
        request.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
            ? d.getRemoteAddress()
            : "local";
    refuseIfWaiting(throttle.nameWait(name));
    Optional<UserAccounts.Stored> found = users.apply(name);
    if (found.isEmpty()) {
      refuseIfWaiting(throttle.addressWait(address));
      // Spend the same time as for a wrong password, so user names cannot be probed by timing.
      encoder.matches(password, dummyHash);
      throw failed(name, address, false);
    }
    Account user = found.get().account();
    if (!user.isAccountNonLocked()) {
      throw new LockedException("account locked after failed sign-ins; an ADMIN can unlock it");
    }
    if (!user.isEnabled()) {
      throw new DisabledException("user is disabled");
    }
    String key = EntryHash.sha256Hex(name + '\u0000' + password + '\u0000' + user.getPassword());
    Instant now = clock.instant();
    Instant until = verified.get(key);
    if (until == null || !until.isAfter(now)) {
      refuseIfWaiting(throttle.addressWait(address));
      if (!encoder.matches(password, user.getPassword())) {
        throw failed(name, address, true);
      }
      if (verified.size() >= MAX_ENTRIES) {
        verified.clear();
      }
      verified.put(key, now.plus(REMEMBER));
    }
    byte[] totpKey = found.get().totpKey();
    if (totpKey != null && !oneTimeCodeMatches(request, totpKey, now)) {
      throw failed(name, address, true);
    }
    throttle.succeeded(name);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }

  private static void refuseIfWaiting(Duration wait) {
    if (!wait.isZero()) {
      throw new SignInThrottled(wait);
    }
  }

  private static boolean oneTimeCodeMatches(Authentication request, byte[] key, Instant now) {
    String code = request.getDetails() instanceof SignInDetails d ? d.oneTimeCode() : null;
    return Totp.verify(key, code, now.getEpochSecond());
  }

  private BadCredentialsException failed(String name, String address, boolean exists) {
    int failures = throttle.failed(name, address);
    if (exists && failures >= SignInThrottle.LOCK_AFTER) {
      lock.accept(name);
      throttle.forget(name);
    }
    return new BadCredentialsException("bad credentials");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
