package io.tally.input.gs1;

/**
 * The GS1 mod-10 check digit of GTINs, SSCCs and GLNs (GS1 General Specifications 7.9.1): weights 3
 * and 1 alternate from the rightmost data digit, and the check digit brings the sum up to a
 * multiple of ten.
 */
public final class CheckDigit {
  private CheckDigit() {}

  /** The check digit for {@code digits} (the data digits, without the check digit). */
  public static int of(String digits) {
    int sum = 0;
    boolean three = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new Gs1Refusal("not a digit string: '" + digits + "'");
      }
      sum += three ? 3 * d : d;
      three = !three;
    }
    return (10 - sum % 10) % 10;
  }

  /** Whether the last digit of {@code withCheck} is the check digit of the ones before it. */
  public static boolean holds(String withCheck) {
    return !withCheck.isEmpty()
        && withCheck.chars().allMatch(c -> c >= '0' && c <= '9')
        && withCheck.charAt(withCheck.length() - 1) - '0'
            == of(withCheck.substring(0, withCheck.length() - 1));
  }
}
