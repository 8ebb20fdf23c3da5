package io.tally.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short durations the commands take: {@code 30s}, {@code 500ms}, {@code 2m}. */
final class DurationText {
  private static final Pattern FORM = Pattern.compile("(\\d+)(ms|s|m)");

  private DurationText() {}

  static Duration parse(String option, String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new UserInputException(
          option + ": '" + text + "' is not a duration like 30s, 500ms or 2m");
    }
    long v = Long.parseLong(m.group(1));
    Duration d =
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(v);
          case "s" -> Duration.ofSeconds(v);
          default -> Duration.ofMinutes(v);
        };
    if (d.isZero()) {
      throw new UserInputException(option + ": the time limit must be positive");
    }
    return d;
  }
}
