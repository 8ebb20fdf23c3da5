package io.tally.traceability.sscc;

import java.util.regex.Pattern;

/**
 * A GS1 serial shipping container code: 18 digits, an extension digit, the company prefix, a serial
 * reference and the GS1 mod-10 check digit. A value whose check digit does not match is refused, so
 * a mistyped code cannot name another unit.
 */
public record Sscc(String value) {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{18}");

  public Sscc {
    if (value == null || !DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("an SSCC is 18 digits, got '" + value + "'");
    }
    int expected = checkDigit(value.substring(0, 17));
    if (value.charAt(17) - '0' != expected) {
      throw new IllegalArgumentException(
          "SSCC '" + value + "' has check digit " + value.charAt(17) + ", expected " + expected);
    }
  }

  public static Sscc parse(String text) {
    return new Sscc(text == null ? null : text.trim());
  }

  /** Builds the code for a serial, padding the serial reference to fill 17 digits. */
  public static Sscc of(int extension, CompanyPrefix prefix, long serial) {
    if (extension < 0 || extension > 9) {
      throw new IllegalArgumentException("the extension digit is 0-9, got " + extension);
    }
    int serialDigits = 16 - prefix.digits().length();
    if (serial < 0 || Long.toString(serial).length() > serialDigits) {
      throw new IllegalArgumentException(
          "serial " + serial + " does not fit in " + serialDigits + " digits");
    }
    String body = extension + prefix.digits() + String.format("%0" + serialDigits + "d", serial);
    return new Sscc(body + checkDigit(body));
  }

  public static boolean isSscc(String text) {
    if (text == null || !DIGITS.matcher(text).matches()) {
      return false;
    }
    return text.charAt(17) - '0' == checkDigit(text.substring(0, 17));
  }

  /**
   * The GS1 mod-10 check digit: weights 3 and 1 alternate from the rightmost digit, and the check
   * digit brings the sum up to a multiple of ten.
   */
  public static int checkDigit(String digits) {
    int sum = 0;
    boolean three = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("not a digit string: '" + digits + "'");
      }
      sum += three ? 3 * d : d;
      three = !three;
    }
    return (10 - sum % 10) % 10;
  }

  /** The serial reference: the digits between the company prefix and the check digit. */
  public long serial(CompanyPrefix prefix) {
    return Long.parseLong(value.substring(1 + prefix.digits().length(), 17));
  }

  @Override
  public String toString() {
    return value;
  }
}
