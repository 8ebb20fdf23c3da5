package io.tally.web;

import io.tally.plant.PlantService;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages and documents write numbers, quantities, dates and times: in the reader's language
 * ({@code 70.000.000} in Spanish, {@code 70,000,000} in English) and in plant time ({@code
 * site.timeZone}), every time with its zone. Templates call it as {@code ${@fmt.number(x)}}; the
 * API never does (it answers plain numbers and ISO 8601 with offsets).
 */
@Component("fmt")
public class Formats implements org.springframework.web.servlet.config.annotation.WebMvcConfigurer {
  private static final String NONE = "-";

  private final Supplier<ZoneId> zone;

  /**
   * The site's zone; UTC where there is no plant (a web slice test, which also finds this bean as
   * the {@code WebMvcConfigurer} it is, so its pages render as in the application).
   */
  @org.springframework.beans.factory.annotation.Autowired
  Formats(
      org.springframework.beans.factory.ObjectProvider<PlantService> plant,
      org.springframework.beans.factory.ObjectProvider<ProblemTexts> problems) {
    this(
        () -> {
          PlantService p = plant.getIfAvailable();
          var current = p == null ? null : p.plant();
          return current == null || current.site() == null
              ? ZoneId.of("UTC")
              : current.site().zone();
        });
    this.problems = problems.getIfAvailable(ProblemTexts::english);
  }

  /** Formats in the zone the supplier answers (a plant file can be changed while Tally runs). */
  Formats(Supplier<ZoneId> zone) {
    this.zone = zone;
  }

  private ProblemTexts problems = ProblemTexts.english();

  /**
   * A refusal or a confirmation a rule wrote in English, in the reader's language where the bundles
   * have it ({@link ProblemTexts}): the pages' forms show what the API's problems say.
   */
  public @Nullable String detail(@Nullable String text) {
    return problems.localize(text, locale());
  }

  /** The reader's language for this request. */
  public Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  /** Plant time: the site's zone. */
  public ZoneId zone() {
    return zone.get();
  }

  /** A whole number with the reader's grouping: {@code 70.000.000} / {@code 70,000,000}. */
  public String number(@Nullable Number n) {
    if (n == null) {
      return NONE;
    }
    NumberFormat f = NumberFormat.getIntegerInstance(locale());
    f.setGroupingUsed(true);
    return f.format(n);
  }

  /** A number with exactly {@code digits} decimals, grouped: {@code 1.234,5} / {@code 1,234.5}. */
  public String decimal(@Nullable Number n, int digits) {
    if (n == null) {
      return NONE;
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale());
    f.setGroupingUsed(true);
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return f.format(n);
  }

  /** A fraction as a percentage with {@code digits} decimals: {@code 0.873} is {@code 87,3 %}. */
  public String percent(@Nullable Number fraction, int digits) {
    if (fraction == null) {
      return NONE;
    }
    NumberFormat f = NumberFormat.getPercentInstance(locale());
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return f.format(fraction);
  }

  /** A count of units with its unit's name as written: {@code 100.000 round}. */
  public String quantity(@Nullable Number n, @Nullable String unit) {
    return unit == null || unit.isBlank() ? number(n) : number(n) + " " + unit;
  }

  /** A date the reader's way, e.g. {@code 27 nov 2026} / {@code Nov 27, 2026}. */
  public String date(@Nullable Object date) {
    if (date == null) {
      return NONE;
    }
    LocalDate day;
    if (date instanceof LocalDate d) {
      day = d;
    } else if (date instanceof String s) {
      try {
        day = LocalDate.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        return s;
      }
    } else if (date instanceof java.time.LocalDateTime wallClock) {
      day = wallClock.toLocalDate();
    } else {
      day = instant(date).atZone(zone()).toLocalDate();
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
  }

  /**
   * An instant in plant time with the zone, e.g. {@code 27 nov 2026 02:00 VET}: what a person on
   * the floor reads off the wall clock. Takes an {@link Instant}, an {@link OffsetDateTime} or an
   * ISO 8601 text with offset.
   *
   * <p>A wall-clock {@link java.time.LocalDateTime} is taken as plant time; a {@link LocalDate} is
   * written as a date; a text that is not ISO 8601 is shown as it is.
   */
  public String time(@Nullable Object when) {
    if (when == null) {
      return NONE;
    }
    if (when instanceof LocalDate d) {
      return date(d);
    }
    if (when instanceof java.time.LocalDateTime wallClock) {
      return timeFormat().format(wallClock.atZone(zone()));
    }
    if (when instanceof String s) {
      try {
        return timeFormat().format(OffsetDateTime.parse(s).atZoneSameInstant(zone()));
      } catch (java.time.format.DateTimeParseException e) {
        return s;
      }
    }
    return timeFormat().format(instant(when).atZone(zone()));
  }

  /** The wall-clock time only, with the zone: {@code 02:00 VET}. */
  public String clock(@Nullable Object when) {
    if (when == null) {
      return NONE;
    }
    Instant at = when instanceof String s ? OffsetDateTime.parse(s).toInstant() : instant(when);
    return DateTimeFormatter.ofPattern("HH:mm zzz", locale()).format(at.atZone(zone()));
  }

  /** The plant's zone as people read it, e.g. {@code America/Caracas (VET)}. */
  public String zoneName() {
    return zone().getId() + " (" + zone().getDisplayName(TextStyle.SHORT, locale()) + ")";
  }

  /** The ISO 8601 text of an instant in plant time with its offset, for machine-readable places. */
  public String iso(@Nullable Object when) {
    if (when == null) {
      return "";
    }
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant(when).atZone(zone()));
  }

  private DateTimeFormatter timeFormat() {
    return new DateTimeFormatterBuilder()
        .appendLocalized(FormatStyle.MEDIUM, null)
        .appendLiteral(' ')
        .appendPattern("HH:mm zzz")
        .toFormatter(locale());
  }

  private static Instant instant(Object when) {
    if (when instanceof Instant i) {
      return i;
    }
    if (when instanceof TemporalAccessor t) {
      return Instant.from(t);
    }
    throw new IllegalArgumentException("not a time: " + when.getClass().getSimpleName());
  }
}
