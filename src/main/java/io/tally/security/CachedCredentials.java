package io.tally.security;

import io.tally.ledger.chain.EntryHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password, remembering a successful bcrypt check for a few minutes. HTTP
 * Basic sends the password with every request and bcrypt costs tens of milliseconds of CPU, which
 * would otherwise bound a line terminal's count reports. Only a SHA-256 of the user, the password
 * and the stored hash is kept, so a changed password or hash misses the cache at once; the user is
 * looked up on every request, so a disabled user or changed roles take effect at once too.
 */
@Component
class CachedCredentials implements AuthenticationProvider {
  static final Duration REMEMBER = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private final UserDetailsService users;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final Map<String, Instant> verified = new ConcurrentHashMap<>();
  private final String dummyHash;

  @org.springframework.beans.factory.annotation.Autowired
  CachedCredentials(UserAccounts accounts, PasswordEncoder encoder, Clock clock) {
    this(accounts::loadUserByUsername, encoder, clock);
  }

  CachedCredentials(UserDetailsService users, PasswordEncoder encoder, Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.clock = clock;
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
    UserDetails user;
    try {
      user = users.loadUserByUsername(name);
    } catch (UsernameNotFoundException e) {
      // Spend the same time as for a wrong password, so user names cannot be probed by timing.
      encoder.matches(password, dummyHash);
      throw new BadCredentialsException("bad credentials");
    }
    if (!user.isEnabled()) {
      throw new DisabledException("user is disabled");
    }
    String key = EntryHash.sha256Hex(name + '\u0000' + password + '\u0000' + user.getPassword());
    Instant now = clock.instant();
    Instant until = verified.get(key);
    if (until == null || !until.isAfter(now)) {
      if (!encoder.matches(password, user.getPassword())) {
        throw new BadCredentialsException("bad credentials");
      }
      if (verified.size() >= MAX_ENTRIES) {
        verified.clear();
      }
      verified.put(key, now.plus(REMEMBER));
    }
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
