package io.tally.kernel;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The languages Tally's pages and messages are written in, and the language tags that name them
 * (the plant file's {@code site.locale}, a user's own choice): {@code es-VE}, {@code en}.
 */
public final class Languages {
  /** The languages Tally speaks; each has its bundles under {@code i18n/}. */
  public static final List<String> SPOKEN = List.of("en", "es");

  /**
   * The bundles of text for people, comma-separated: the shared one and one per module. The same
   * list is spring.messages.basename in application.yaml (LanguagesBundlesTest holds them equal);
   * the command line reads it from here.
   */
  public static final String BUNDLES =
      "i18n/messages,i18n/analytics,i18n/cli,i18n/demo,i18n/documents,i18n/execution,i18n/input,"
          + "i18n/integration,i18n/labels,i18n/ledger,i18n/machines,i18n/orders,i18n/periods,"
          + "i18n/plant,i18n/quality,i18n/scheduling,i18n/security,i18n/traceability,i18n/twin,"
          + "i18n/web";

  private static final Pattern TAG = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");

  private Languages() {}

  /**
   * A locale from a language tag such as {@code es-VE} or {@code en}: a language Tally speaks,
   * optionally with a country for how numbers and dates are written.
   *
   * @throws IllegalArgumentException for anything else, saying what is expected
   */
  public static Locale locale(String tag) {
    if (tag == null || !TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException(
          "expected a language tag such as es-VE or en (language, optionally -COUNTRY)");
    }
    Locale locale = Locale.forLanguageTag(tag);
    if (!SPOKEN.contains(locale.getLanguage())) {
      throw new IllegalArgumentException(
          "Tally speaks " + String.join(", ", SPOKEN) + ", not '" + locale.getLanguage() + "'");
    }
    return locale;
  }
}
