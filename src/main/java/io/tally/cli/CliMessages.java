package io.tally.cli;

import io.tally.kernel.Languages;
import io.tally.web.ProblemTexts;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The command line's own messages from the bundles (i18n/cli), in the language of {@code
 * TALLY_LOCALE}, else of {@code LANG} ({@code es_VE.UTF-8}), else English; a refusal's detail is
 * answered as the API answers it ({@link ProblemTexts}). File, line and field names never change.
 */
final class CliMessages {
  private static final String BASENAMES =
      "i18n/cli,i18n/messages,i18n/analytics,i18n/documents,i18n/execution,i18n/input,"
          + "i18n/integration,i18n/ledger,i18n/machines,i18n/orders,"
          + "i18n/periods,i18n/plant,i18n/quality,i18n/scheduling,i18n/security,"
          + "i18n/traceability,i18n/twin,i18n/web";
  private static @Nullable ProblemTexts texts;

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
    String d = texts().localize(detail == null ? "" : detail, locale());
    return d == null ? "" : d;
  }

  static String text(String key, Object... args) {
    return texts().message(key, locale(), args);
  }

  private static synchronized ProblemTexts texts() {
    if (texts == null) {
      texts = ProblemTexts.fromBundles(BASENAMES);
    }
    return texts;
  }
}
