package io.tally.cli;

import io.tally.kernel.Languages;
import io.tally.web.ProblemTexts;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The command line's own messages from the bundles (i18n/cli), in the language of {@code
 * TALLY_LOCALE}, else of {@code LANG} ({@code es_VE.UTF-8}), else English; a refusal's detail is
 * answered as the API answers it ({@link ProblemTexts}). File, line and field names never change.
 */
final class CliMessages {

  private CliMessages() {}

  /** The language of this shell. */
  static Locale locale() {
    return locale(System.getenv("TALLY_LOCALE"), System.getenv("LANG"));
  }

  static Locale locale(@Nullable String tallyLocale, @Nullable String lang) {
    for (String candidate : new String[] {tallyLocale, lang}) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      String tag = candidate.replaceFirst("[.@].*$", "").replace('_', '-');
      try {
        return Languages.locale(tag);
      } catch (IllegalArgumentException e) {
        // Not a language Tally speaks (C, POSIX, fr_FR): try the next, else English.
      }
    }
    return Locale.ENGLISH;
  }

  /** {@code tally: <detail>}, the detail in this shell's language where a bundle has it. */
  static String refused(@Nullable String detail) {
    return text("cli.refused", detail(detail));
  }

  static String detail(@Nullable String detail) {
    String text = detail == null ? "" : detail;
    if (!SPRING) {
      return text;
    }
    String d = WithSpring.texts().localize(text, locale());
    return d == null ? "" : d;
  }

  static String text(String key, Object... args) {
    return SPRING ? WithSpring.texts().message(key, locale(), args) : plain(key, args);
  }

  /**
   * Whether Spring is on the class path. {@code tally simulate} runs on plain Java, picocli and
   * SnakeYAML (./tally gives it no other jar), so its messages come from the cli bundle read
   * without Spring, and refusals stay in English.
   */
  private static final boolean SPRING = present("org.springframework.context.MessageSource");

  private static boolean present(String type) {
    try {
      Class.forName(type, false, CliMessages.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static String plain(String key, Object... args) {
    Locale locale = locale();
    try {
      ResourceBundle bundle = ResourceBundle.getBundle("i18n/cli", locale);
      return new MessageFormat(bundle.getString(key), locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The bundles through Spring's MessageSource, loaded only when Spring is there. */
  private static final class WithSpring {
    private static @Nullable ProblemTexts texts;

    private static synchronized ProblemTexts texts() {
      if (texts == null) {
        texts = ProblemTexts.fromBundles(Languages.BUNDLES);
      }
      return texts;
    }
  }
}
