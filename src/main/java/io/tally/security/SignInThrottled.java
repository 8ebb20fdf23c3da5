package io.tally.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because its name or address must wait. */
class SignInThrottled extends AuthenticationException {
  private final Duration retryAfter;

  SignInThrottled(Duration retryAfter) {
    super("too many failed sign-ins; try again in " + seconds(retryAfter) + " s");
    this.retryAfter = retryAfter;
  }

  /** Whole seconds to wait, at least one. */
  long retryAfterSeconds() {
    return seconds(retryAfter);
  }

  private static long seconds(Duration d) {
    return Math.max(1, (d.toMillis() + 999) / 1000);
  }
}
