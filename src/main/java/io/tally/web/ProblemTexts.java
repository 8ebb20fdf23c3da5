package io.tally.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A problem's {@code detail} in the reader's language (docs/i18n.md). Rules write their refusals in
 * English where they are checked; here the English text is matched against the {@code problem.*}
 * keys of the English bundles, its quoted values and numbers taken as the arguments {@code {0}},
 * {@code {1}}..., and the same key is answered in the request's language. A detail without a key
 * stays as it was; {@code type}, {@code status} and {@code field} never change.
 */
@Component
public class ProblemTexts {
  /** What is not text: a quoted value, then a number standing on its own. */
  static final Pattern ARGUMENT =
      Pattern.compile("'([^']*)'|(?<![\\w.{-])(\\d[\\d,]*(?:\\.\\d+)?)(?![\\w}])");

  private final MessageSource messages;
  private final Map<String, String> keyByEnglish = new HashMap<>();

  /** The same texts outside Spring (the command line): the bundles under these basenames. */
  public static ProblemTexts fromBundles(String basenames) {
    org.springframework.context.support.ResourceBundleMessageSource source =
        new org.springframework.context.support.ResourceBundleMessageSource();
    source.setBasenames(basenames.split(","));
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new ProblemTexts(source, basenames);
  }

  /** Texts that answer every detail as it came (no bundles). */
  static ProblemTexts english() {
    return new ProblemTexts(new org.springframework.context.support.StaticMessageSource(), "");
  }

  /** A message of the bundles by key, in {@code locale}. */
  public String message(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  ProblemTexts(
      MessageSource messages,
      @Value("${spring.messages.basename:i18n/messages}") String basenames) {
    this.messages = messages;
    for (String basename : basenames.isBlank() ? new String[0] : basenames.split(",")) {
      Properties english = load(basename.strip() + ".properties");
      for (String key : english.stringPropertyNames()) {
        if (key.startsWith("problem.")) {
          keyByEnglish.put(english.getProperty(key).replace("''", "'"), key);
        }
      }
    }
  }

  /** The detail in the language of the current request. */
  public @Nullable String localize(@Nullable String detail) {
    return localize(detail, LocaleContextHolder.getLocale());
  }

  /** The detail in {@code locale}; English, or a detail without a key, as it came. */
  public @Nullable String localize(@Nullable String detail, Locale locale) {
    if (detail == null || locale.getLanguage().equals("en")) {
      return detail;
    }
    List<String> args = new ArrayList<>();
    String template = template(detail, args);
    String key = keyByEnglish.get(template);
    if (key == null) {
      return detail;
    }
    return messages.getMessage(key, args.toArray(), detail, locale);
  }

  /** Whether an English detail has a key (for the test that counts what is left in English). */
  public boolean known(String detail) {
    return keyByEnglish.containsKey(template(detail, new ArrayList<>()));
  }

  static String template(String detail, List<String> args) {
    Matcher m = ARGUMENT.matcher(detail);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = args.size();
      if (m.group(1) != null) {
        args.add(m.group(1));
        m.appendReplacement(out, Matcher.quoteReplacement("'{" + i + "}'"));
      } else {
        args.add(m.group(2));
        m.appendReplacement(out, Matcher.quoteReplacement("{" + i + "}"));
      }
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = ProblemTexts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          p.load(r);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundle " + resource, e);
    }
    return p;
  }
}
