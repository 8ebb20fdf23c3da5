package io.tally.plant.model;

import io.tally.kernel.Languages;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The site: its name, the manufacturer symbol used in lot numbers, its time zone (plant time: every
 * time shown to people, every calendar, shift and "today"), its language (the pages' default when a
 * user has chosen none), and for the twin the size of the repair crew the lines share (0: every
 * line has its own).
 */
public record Site(
    String id, String name, String manufacturerSymbol, ZoneId zone, int repairCrew, Locale locale) {
  private static final Pattern SYMBOL = Pattern.compile("[A-Z]{3}");

  /** A locale from a language tag such as {@code es-VE} ({@link Languages#locale}). */
  public static Locale locale(String tag) {
    return Languages.locale(tag);
  }

  public Site {
    Ids.require(id, "site id");
    Objects.requireNonNull(name, "name");
    if (manufacturerSymbol == null || !SYMBOL.matcher(manufacturerSymbol).matches()) {
      throw new IllegalArgumentException(
          "manufacturer symbol must be three capital letters (MIL-STD-1168), got '"
              + manufacturerSymbol
              + "'");
    }
    Objects.requireNonNull(zone, "zone");
    if (repairCrew < 0) {
      throw new IllegalArgumentException("repair crew must not be negative");
    }
    Objects.requireNonNull(locale, "locale");
  }

  /** A site in English. */
  public Site(String id, String name, String manufacturerSymbol, ZoneId zone, int repairCrew) {
    this(id, name, manufacturerSymbol, zone, repairCrew, Locale.ENGLISH);
  }

  /** A site whose lines each have their own repair crew. */
  public Site(String id, String name, String manufacturerSymbol, ZoneId zone) {
    this(id, name, manufacturerSymbol, zone, 0);
  }
}
