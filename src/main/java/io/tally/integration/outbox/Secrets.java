package io.tally.integration.outbox;

import org.jspecify.annotations.Nullable;

/** Reads a secret from the environment variable a destination names; never from configuration. */
final class Secrets {
  private Secrets() {}

  static @Nullable String of(@Nullable String variable) {
    if (variable == null || variable.isBlank()) {
      return null;
    }
    String value = System.getenv(variable);
    if (value == null) {
      // Tests cannot set the environment of their own process; a JVM property of the same name.
      value = System.getProperty(variable);
    }
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("environment variable " + variable + " is not set");
    }
    return value;
  }
}
