package io.tally.input.gs1;

import java.util.regex.Pattern;

/**
 * Where a person may type an SSCC or a lot, a scanner may send a GS1 element string instead: these
 * take what arrived and give the id it names, refusing a malformed scan with the parser's message.
 * Text counts as a scan when it starts with a symbology identifier ({@code ]C1}) or an AI in
 * parentheses, or holds a GS separator (or a stand-in for one: ␝, {@code <GS>}, {@code ^]}, {@code
 * |}, {@code ~}); for an SSCC, also 20 digits starting with AI 00. Anything else is returned as
 * typed (stripped), for the id's own check to judge.
 */
public final class Scans {
  private static final Pattern SSCC_ELEMENT = Pattern.compile("00[0-9]{18}");

  private Scans() {}

  public static boolean isScan(String typed) {
    String t = typed.strip();
    return t.startsWith("]")
        || t.startsWith("(")
        || ScanReader.separators(t).indexOf(ElementString.GS) >= 0;
  }

  /** The SSCC typed or scanned (AI 00). */
  public static String sscc(String typed) {
    String t = typed.strip();
    if (isScan(typed) || SSCC_ELEMENT.matcher(t).matches()) {
      return ElementString.parse(typed)
          .data("00")
          .orElseThrow(() -> new Gs1Refusal("the scan carries no SSCC (AI 00)"));
    }
    return t;
  }

  /** The lot typed or scanned (AI 10, batch or lot number). */
  public static String lot(String typed) {
    if (isScan(typed)) {
      return ElementString.parse(typed)
          .data("10")
          .orElseThrow(() -> new Gs1Refusal("the scan carries no batch/lot (AI 10)"));
    }
    return typed.strip();
  }

  /** The SSCC or lot typed or scanned, for a search that takes either: AI 00 first, then AI 10. */
  public static String ssccOrLot(String typed) {
    String t = typed.strip();
    if (isScan(typed) || SSCC_ELEMENT.matcher(t).matches()) {
      ElementString es = ElementString.parse(typed);
      return es.data("00")
          .or(() -> es.data("10"))
          .orElseThrow(
              () -> new Gs1Refusal("the scan carries neither an SSCC (AI 00) nor a lot (AI 10)"));
    }
    return t;
  }
}
