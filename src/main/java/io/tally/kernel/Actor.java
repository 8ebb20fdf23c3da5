package io.tally.kernel;

import java.util.regex.Pattern;

/** Who caused an entry: a user name, or {@code system} for Tally's own bookkeeping. */
public record Actor(String name) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
  public static final Actor SYSTEM = new Actor("system");

  public Actor {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a user name is 2-64 lower-case letters, digits, '.', '_' or '-', starting with a letter");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
