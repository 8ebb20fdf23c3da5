package io.tally.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, not one of the common passwords shipped with
 * Tally, not containing the user's name, and not a trivial pattern (one short unit repeated, a run
 * of consecutive characters, or fewer than four distinct characters). Pure: no Spring.
 */
final class PasswordPolicy {
  static final int MIN_LENGTH = 12;
  static final PasswordPolicy SHIPPED = shipped();
  private static final String BLOCKLIST = "common-passwords.txt";
  private static final int MIN_DISTINCT = 4;
  private static final int MIN_NAME_CHECKED = 3;

  private final Set<String> common;

  private PasswordPolicy(Set<String> common) {
    this.common = common;
  }

  static PasswordPolicy shipped() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(BLOCKLIST)) {
      if (in == null) {
        throw new IllegalStateException(BLOCKLIST + " is missing from the jar");
      }
      Set<String> words = new HashSet<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(words::add);
      return new PasswordPolicy(Set.copyOf(words));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why this password may not be used by this user, or empty when it may. */
  Optional<String> refusal(String name, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("a password has at least " + MIN_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      return Optional.of("this password is on the list of common passwords; choose another");
    }
    if (name != null
        && name.length() >= MIN_NAME_CHECKED
        && lower.contains(name.toLowerCase(Locale.ROOT))) {
      return Optional.of("a password may not contain the user name");
    }
    if (repeatsAUnit(password) || isARun(password) || distinct(password) < MIN_DISTINCT) {
      return Optional.of("a password may not be a repeated or consecutive pattern");
    }
    return Optional.empty();
  }

  /** "aaaa...", "abab...", "123123...": the whole password is one short unit again and again. */
  private static boolean repeatsAUnit(String p) {
    for (int unit = 1; unit <= p.length() / 2; unit++) {
      if (p.length() % unit == 0 && p.substring(unit).equals(p.substring(0, p.length() - unit))) {
        return true;
      }
    }
    return false;
  }

  /** "abcdefghijkl", "987654321098"-like runs where each character steps by the same one. */
  private static boolean isARun(String p) {
    int step = p.charAt(1) - p.charAt(0);
    if (Math.abs(step) != 1) {
      return false;
    }
    for (int i = 2; i < p.length(); i++) {
      int d = p.charAt(i) - p.charAt(i - 1);
      boolean wraps = (step == 1 && d == -9) || (step == -1 && d == 9);
      if (d != step && !(wraps && Character.isDigit(p.charAt(i)))) {
        return false;
      }
    }
    return true;
  }

  private static int distinct(String p) {
    return (int) p.chars().distinct().count();
  }
}
