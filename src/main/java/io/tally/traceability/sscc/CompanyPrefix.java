package io.tally.traceability.sscc;

import java.util.regex.Pattern;

/**
 * The GS1 company prefix an SSCC carries: 6 to 12 digits, either assigned by GS1 and configured, or
 * derived from the plant's manufacturer symbol, each letter written as its two-digit place in the
 * alphabet (A = 01 ... Z = 26), so that "RCP" becomes 180316.
 */
public record CompanyPrefix(String digits) {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{6,12}");
  private static final Pattern SYMBOL = Pattern.compile("[A-Z]{3,6}");

  public CompanyPrefix {
    if (digits == null || !DIGITS.matcher(digits).matches()) {
      throw new IllegalArgumentException(
          "a company prefix is 6 to 12 digits, got '" + digits + "'");
    }
  }

  public static CompanyPrefix fromSymbol(String symbol) {
    if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
      throw new IllegalArgumentException(
          "a manufacturer symbol for a prefix is 3 to 6 capital letters, got '" + symbol + "'");
    }
    StringBuilder b = new StringBuilder();
    for (char c : symbol.toCharArray()) {
      b.append(String.format("%02d", c - 'A' + 1));
    }
    return new CompanyPrefix(b.toString());
  }
}
