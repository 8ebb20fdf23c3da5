package io.tally.input.gs1;

import java.util.regex.Pattern;

/**
 * A global trade item number: GTIN-8, -12, -13 or -14, its last digit the GS1 mod-10 check digit. A
 * value with a wrong check digit cannot exist.
 */
public record Gtin(String digits) {
  private static final Pattern FORM = Pattern.compile("[0-9]{8}|[0-9]{12,14}");

  public Gtin {
    if (digits == null || !FORM.matcher(digits).matches()) {
      throw new Gs1Refusal("a GTIN is 8, 12, 13 or 14 digits, got '" + digits + "'");
    }
    if (!CheckDigit.holds(digits)) {
      throw new Gs1Refusal(
          "GTIN "
              + digits
              + " has check digit "
              + digits.charAt(digits.length() - 1)
              + ", expected "
              + CheckDigit.of(digits.substring(0, digits.length() - 1)));
    }
  }

  /** The 14-digit form AIs 01 and 02 carry: padded on the left with zeros. */
  public String gtin14() {
    return "0".repeat(14 - digits.length()) + digits;
  }

  @Override
  public String toString() {
    return digits;
  }
}
