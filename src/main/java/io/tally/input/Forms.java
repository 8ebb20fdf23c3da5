package io.tally.input;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The forms typed values must take. An id is 1 to 64 letters, digits and {@code . _ / -}, starting
 * with a letter or digit; free text is printable Unicode without control characters, not starting
 * with {@code = + - @} (a spreadsheet would read it as a formula); a day lies in 2000 to 2100.
 * Messages quote a person's input only through {@link #echo}, so an answer stays small whatever was
 * sent.
 */
public final class Forms {
  public static final int ID_MAX = 64;
  public static final int TEXT_MAX = 200;

  /** The most units one request may name (a billion rounds, 14 years of the reference plant). */
  public static final long QUANTITY_MAX = 1_000_000_000L;

  public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
  static final String ID_RULE =
      "must be 1 to 64 letters, digits or . _ / - starting with a letter or digit";
  static final String DAY_RULE = "must be a day from 2000-01-01 to 2100-12-31";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
  private static final Pattern PRINTABLE =
      Pattern.compile("[^\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]*");
  private static final int ECHO_MAX = 32;

  private Forms() {}

  public static boolean isId(String value) {
    return value != null && ID.matcher(value).matches();
  }

  /** Free text of at most {@code max} characters (code points); empty text is allowed. */
  public static boolean isText(String value, int max) {
    return value != null
        && value.codePointCount(0, value.length()) <= max
        && !startsLikeFormula(value)
        && PRINTABLE.matcher(value).matches();
  }

  /** Whether a spreadsheet opening this as a cell would evaluate it. */
  public static boolean startsLikeFormula(String value) {
    return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
  }

  public static boolean isPlausible(LocalDate day) {
    return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
  }

  /** The input as a message may quote it: at most 32 characters, then an ellipsis. */
  public static String echo(Object value) {
    return prefix(String.valueOf(value), ECHO_MAX);
  }

  /** At most {@code max} characters of {@code s} (never half a surrogate pair), then "…". */
  public static String prefix(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end) + "…";
  }

  public static String idRule(String field) {
    return field + " " + ID_RULE;
  }

  public static String textRule(String field, int max) {
    return field
        + " must be printable text of at most "
        + max
        + " characters, without control characters, not starting with = + - @";
  }
}
