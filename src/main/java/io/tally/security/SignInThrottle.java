package io.tally.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins per user name and per client address, in memory (one node). After {@link #FREE}
 * failures a key waits 1 s before its next try, then 2 s, 4 s, ... up to {@link #MAX_WAIT}; a key
 * quiet for {@link #FORGET} starts afresh. Each map holds at most {@link #MAX_KEYS} keys, the least
 * recently used going first, so random names cannot exhaust memory. Pure: no Spring.
 */
final class SignInThrottle {
  static final int FREE = 3;
  static final int LOCK_AFTER = 10;
  static final Duration MAX_WAIT = Duration.ofMinutes(5);
  static final Duration FORGET = Duration.ofMinutes(30);
  static final int MAX_KEYS = 10_000;

  private final Clock clock;
  private final Map<String, Failures> names = bounded();
  private final Map<String, Failures> addresses = bounded();

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  private record Failures(int count, Instant last) {
    Duration waitAt(Instant now) {
      if (count < FREE || now.isAfter(last.plus(FORGET))) {
        return Duration.ZERO;
      }
      long seconds = 1L << Math.min(count - FREE, 20);
      Instant until =
          last.plus(seconds < MAX_WAIT.toSeconds() ? Duration.ofSeconds(seconds) : MAX_WAIT);
      return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }
  }

  /** How long this user name must wait before its next try; zero when it may try now. */
  synchronized Duration nameWait(String name) {
    return waitFor(names, name);
  }

  /** How long this client address must wait before its next try; zero when it may try now. */
  synchronized Duration addressWait(String address) {
    return waitFor(addresses, address);
  }

  /** Records a failure; answers the user name's failures since its last success. */
  synchronized int failed(String name, String address) {
    bump(addresses, address);
    return bump(names, name);
  }

  /** A success clears the name, not the address: one good account must not launder guesses. */
  synchronized void succeeded(String name) {
    names.remove(name);
  }

  /** Forgets a name once its account is locked: the lock, not the delay, keeps it shut. */
  synchronized void forget(String name) {
    names.remove(name);
  }

  private Duration waitFor(Map<String, Failures> map, String key) {
    Failures f = map.get(key);
    return f == null ? Duration.ZERO : f.waitAt(clock.instant());
  }

  private int bump(Map<String, Failures> map, String key) {
    Instant now = clock.instant();
    Failures f = map.get(key);
    int count = f == null || now.isAfter(f.last().plus(FORGET)) ? 1 : f.count() + 1;
    map.put(key, new Failures(count, now));
    return count;
  }

  private static Map<String, Failures> bounded() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > MAX_KEYS;
      }
    };
  }
}
