package io.tally.input.gs1;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * One element string: an application identifier and its data, checked against the AI's form (digits
 * or GS1 character set 82, length, check digit, date), so an invalid one cannot exist.
 */
public record Element(ApplicationIdentifier ai, String data) {
  /** GS1 AI encodable character set 82 (GS1 General Specifications figure 7.11-1). */
  private static final Pattern CS82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]*");

  public Element {
    if (!wellFormed(ai, data)) {
      checkEach(ai, data);
    }
  }

  /** The usual case, checked without building a message. */
  private static boolean wellFormed(ApplicationIdentifier ai, String data) {
    int n = data.length();
    if (n == 0 || n > ai.maxLength() || (ai.fixed() && n != ai.maxLength())) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = data.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (ai.numeric() ? !digit : !(digit || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return ai.numeric() ? false : CS82.matcher(data).matches() && checked(ai, data);
      }
    }
    return checked(ai, data);
  }

  private static boolean checked(ApplicationIdentifier ai, String data) {
    return switch (ai.check()) {
      case NONE -> true;
      case MOD10 -> CheckDigit.holds(data);
      case DATE -> false;
    };
  }

  /**
   * Throws the refusal naming the first rule the data breaks, if it breaks one (a date is read
   * here).
   */
  private static void checkEach(ApplicationIdentifier ai, String data) {
    String name = ai.label();
    if (ai.fixed() && data.length() != ai.maxLength()) {
      throw new Gs1Refusal(
          name + " is " + ai.maxLength() + " digits, got " + data.length() + " ('" + data + "')");
    }
    if (data.isEmpty()) {
      throw new Gs1Refusal(name + " has no data");
    }
    if (data.length() > ai.maxLength()) {
      throw new Gs1Refusal(
          name
              + " is at most "
              + ai.maxLength()
              + " characters, got "
              + data.length()
              + " (a separator missing after it?)");
    }
    if (ai.numeric() && !data.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Gs1Refusal(name + " must be digits, got '" + ScanReader.visible(data) + "'");
    }
    if (!ai.numeric() && !CS82.matcher(data).matches()) {
      throw new Gs1Refusal(
          name
              + " holds a character outside the GS1 character set: '"
              + ScanReader.visible(data)
              + "'");
    }
    if (ai.check() == ApplicationIdentifier.Check.MOD10 && !CheckDigit.holds(data)) {
      throw new Gs1Refusal(
          name
              + " "
              + data
              + " has check digit "
              + data.charAt(data.length() - 1)
              + ", expected "
              + CheckDigit.of(data.substring(0, data.length() - 1)));
    }
    if (ai.check() == ApplicationIdentifier.Check.DATE) {
      checkDate(name, data);
    }
  }

  public static Element of(String ai, String data) {
    return new Element(ApplicationIdentifier.of(ai), data);
  }

  private static void checkDate(String name, String yymmdd) {
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int mm = Integer.parseInt(yymmdd.substring(2, 4));
    int dd = Integer.parseInt(yymmdd.substring(4, 6));
    // Any year ending in yy has the same month lengths except around 2100; 2000 + yy stands in.
    if (mm < 1 || mm > 12 || dd > YearMonth.of(2000 + yy, mm).lengthOfMonth()) {
      throw new Gs1Refusal(name + " '" + yymmdd + "' is not a date YYMMDD");
    }
  }

  /**
   * The date of a YYMMDD element, with the century the GS1 General Specifications (7.12) give it
   * seen from {@code thisYear}: up to 49 years ahead, else up to 50 years back. Day 00 is the last
   * day of the month.
   */
  public LocalDate date(int thisYear) {
    if (ai.check() != ApplicationIdentifier.Check.DATE) {
      throw new Gs1Refusal(ai.label() + " is not a date");
    }
    int yy = Integer.parseInt(data.substring(0, 2));
    int century = thisYear / 100 * 100;
    int diff = yy - thisYear % 100;
    int year = century + yy + (diff >= 51 ? -100 : diff <= -50 ? 100 : 0);
    YearMonth month = YearMonth.of(year, Integer.parseInt(data.substring(2, 4)));
    int dd = Integer.parseInt(data.substring(4, 6));
    return dd == 0 ? month.atEndOfMonth() : month.atDay(dd);
  }

  /** "(00) 106141411234567897", the human-readable interpretation. */
  public String humanReadable() {
    return "(" + ai.code() + ") " + data;
  }
}
