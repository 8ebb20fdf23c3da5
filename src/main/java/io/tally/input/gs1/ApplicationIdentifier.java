package io.tally.input.gs1;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A GS1 application identifier as the GS1 General Specifications (section 3) define it: its code,
 * data title, whether its data is digits or the GS1 character set 82, its length (fixed, or at most
 * {@code maxLength}), whether it carries a check digit or a YYMMDD date, and whether its length is
 * predefined by the first two digits (figure 7.8.4-2), so that it needs no separator after it.
 */
public record ApplicationIdentifier(
    String code,
    String title,
    boolean numeric,
    boolean fixed,
    int maxLength,
    Check check,
    boolean predefined) {

  /** What the data must also satisfy beyond its form. */
  public enum Check {
    NONE,
    MOD10,
    DATE
  }

  /** The AI prefixes whose element strings have a predefined length (figure 7.8.4-2). */
  private static final String PREDEFINED =
      "00 01 02 03 04 11 12 13 14 15 16 17 18 19 20 31 32 33" + " 34 35 36 41";

  private static final Map<String, ApplicationIdentifier> KNOWN = new HashMap<>();

  static {
    fixedDigits("00", "SSCC", 18, Check.MOD10);
    fixedDigits("01", "GTIN", 14, Check.MOD10);
    fixedDigits("02", "CONTENT", 14, Check.MOD10);
    text("10", "BATCH/LOT", 20);
    for (String[] d :
        new String[][] {
          {"11", "PROD DATE"},
          {"12", "DUE DATE"},
          {"13", "PACK DATE"},
          {"15", "BEST BEFORE or BEST BY"},
          {"16", "SELL BY"},
          {"17", "USE BY or EXPIRY"}
        }) {
      fixedDigits(d[0], d[1], 6, Check.DATE);
    }
    fixedDigits("20", "VARIANT", 2, Check.NONE);
    text("21", "SERIAL", 20);
    text("22", "CPV", 20);
    text("240", "ADDITIONAL ID", 30);
    text("241", "CUST. PART No.", 30);
    text("250", "SECONDARY SERIAL", 30);
    text("251", "REF. TO SOURCE", 30);
    variableDigits("30", "VAR. COUNT", 8);
    for (int n = 0; n <= 5; n++) {
      fixedDigits("310" + n, "NET WEIGHT (kg)", 6, Check.NONE);
      fixedDigits("330" + n, "GROSS WEIGHT (kg)", 6, Check.NONE);
    }
    variableDigits("37", "COUNT", 8);
    text("400", "ORDER NUMBER", 30);
    text("401", "GINC", 30);
    fixedDigits("402", "GSIN", 17, Check.MOD10);
    text("403", "ROUTE", 30);
    String[] locations = {
      "SHIP TO LOC",
      "BILL TO",
      "PURCHASE FROM",
      "SHIP FOR LOC",
      "LOC No.",
      "PAY TO",
      "PROD/SERV LOC",
      "PARTY"
    };
    for (int i = 0; i < locations.length; i++) {
      fixedDigits("41" + i, locations[i], 13, Check.MOD10);
    }
    text("420", "SHIP TO POST", 20);
    fixedDigits("422", "ORIGIN", 3, Check.NONE);
  }

  private static void fixedDigits(String code, String title, int length, Check check) {
    add(new ApplicationIdentifier(code, title, true, true, length, check, isPredefined(code)));
  }

  private static void variableDigits(String code, String title, int max) {
    add(new ApplicationIdentifier(code, title, true, false, max, Check.NONE, false));
  }

  private static void text(String code, String title, int max) {
    add(new ApplicationIdentifier(code, title, false, false, max, Check.NONE, false));
  }

  private static void add(ApplicationIdentifier ai) {
    KNOWN.put(ai.code(), ai);
  }

  private static boolean isPredefined(String code) {
    return PREDEFINED.contains(code.substring(0, 2));
  }

  /** The AI {@code code} names, if Tally knows it. */
  public static Optional<ApplicationIdentifier> find(String code) {
    return Optional.ofNullable(KNOWN.get(code));
  }

  /** The AI by its code; refused when Tally does not know it. */
  public static ApplicationIdentifier of(String code) {
    return find(code)
        .orElseThrow(() -> new Gs1Refusal("unknown application identifier (" + code + ")"));
  }

  /**
   * The known AI that {@code text} starts with at {@code from}: AIs are prefix-free, so the first
   * of the 2-, 3- and 4-digit readings that is known is the one.
   */
  static Optional<ApplicationIdentifier> at(String text, int from) {
    for (int len = 2; len <= 4 && from + len <= text.length(); len++) {
      ApplicationIdentifier ai = KNOWN.get(text.substring(from, from + len));
      if (ai != null) {
        return Optional.of(ai);
      }
    }
    return Optional.empty();
  }

  /** "(00) SSCC", as messages name it. */
  public String label() {
    return "(" + code + ") " + title;
  }
}
