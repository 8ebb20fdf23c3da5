package io.tally.execution.lot;

import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MIL-STD-1168 lot number: manufacturer symbol (3 letters), 2-digit year, month letter (A-M
 * without I), 3-digit interfix, hyphen, 3-digit sequence, optional 1-2 letter rework suffix; 13 to
 * 16 characters, no spaces. It cannot exist in any other form.
 */
public record LotNumber(
    String symbol, int year, char month, int interfix, int sequence, String suffix) {
  private static final Pattern FORM =
      Pattern.compile("([A-Z]{3})([0-9]{2})([A-HJ-M])([0-9]{3})-([0-9]{3})([A-Z]{0,2})");
  private static final String MONTHS = "ABCDEFGHJKLM";
  private static final Pattern SYMBOL = Pattern.compile("[A-Z]{3}");

  public LotNumber {
    if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
      throw new IllegalArgumentException("manufacturer symbol must be 3 capital letters");
    }
    if (year < 0 || year > 99) {
      throw new IllegalArgumentException("year is 2 digits, 00 to 99");
    }
    if (MONTHS.indexOf(month) < 0) {
      throw new IllegalArgumentException("month letter is A to M without I, got '" + month + "'");
    }
    if (interfix < 1 || interfix > 999) {
      throw new IllegalArgumentException("interfix is 001 to 999");
    }
    if (sequence < 1 || sequence > 999) {
      throw new IllegalArgumentException("sequence is 001 to 999");
    }
    suffix = suffix == null ? "" : suffix;
    if (!suffix.matches("[A-Z]{0,2}")) {
      throw new IllegalArgumentException("suffix is 0 to 2 capital letters");
    }
  }

  /** Reads a lot number, refusing anything that is not exactly the 1168 base form (+ suffix). */
  public static LotNumber parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a MIL-STD-1168 lot number (e.g. XYZ07D006-004: symbol, year, month A-M"
              + " without I, interfix, '-', sequence, optional 1-2 letter suffix)");
    }
    return new LotNumber(
        m.group(1),
        Integer.parseInt(m.group(2)),
        m.group(3).charAt(0),
        Integer.parseInt(m.group(4)),
        Integer.parseInt(m.group(5)),
        m.group(6));
  }

  /** The base number (no suffix) for a lot made in this year and month. */
  public static LotNumber of(String symbol, int fullYear, Month month, int interfix, int sequence) {
    return new LotNumber(symbol, fullYear % 100, monthLetter(month), interfix, sequence, "");
  }

  public static char monthLetter(Month month) {
    return MONTHS.charAt(month.getValue() - 1);
  }

  /** The reworked identity of this lot: the same number with the given suffix (A to ZZ). */
  public LotNumber withSuffix(String newSuffix) {
    return new LotNumber(symbol, year, month, interfix, sequence, newSuffix);
  }

  @Override
  public String toString() {
    return String.format("%s%02d%c%03d-%03d%s", symbol, year, month, interfix, sequence, suffix);
  }
}
