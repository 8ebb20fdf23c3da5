package io.tally.input.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a keyboard-wedge scanner sends for a GS1 barcode: an optional symbology identifier
 * ({@code ]C1} for GS1-128), then element strings, a GS (ASCII 29, the scanner's rendering of FNC1)
 * after each one whose length is not predefined unless it is last (or a stand-in for GS, see {@link
 * #separators}). The human-readable form a person types off a label, "(00) 106141411234567897 (10)
 * ABC", is read too. Refusals name the AI, the rule and where the scan broke.
 */
final class ScanReader {
  /** GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR Code, GS1 DotCode. */
  private static final Set<String> GS1_SYMBOLOGIES = Set.of("]C1", "]e0", "]d2", "]Q3", "]J1");

  private static final Pattern HRI_AI = Pattern.compile("\\(([0-9]{2,4})\\)");
  private static final int SCAN_MAX = 512;

  private ScanReader() {}

  static ElementString read(String scan) {
    if (scan == null || scan.isBlank()) {
      throw new Gs1Refusal("the scan is empty");
    }
    if (scan.length() > SCAN_MAX) {
      throw new Gs1Refusal("a scan is at most " + SCAN_MAX + " characters");
    }
    String s = scan.strip();
    if (s.startsWith("]")) {
      String id = s.substring(0, Math.min(3, s.length()));
      if (!GS1_SYMBOLOGIES.contains(id)) {
        throw new Gs1Refusal(
            "symbology identifier '"
                + visible(id)
                + "' does not mark a GS1 barcode (]C1 is GS1-128, ]d2 GS1 DataMatrix, ]Q3 GS1 QR"
                + " Code, ]e0 GS1 DataBar)");
      }
      s = s.substring(3);
    }
    s = separators(s);
    while (!s.isEmpty() && s.charAt(0) == ElementString.GS) {
      s = s.substring(1);
    }
    return new ElementString(s.startsWith("(") ? humanReadable(s) : transmitted(s));
  }

  private static List<Element> transmitted(String s) {
    List<Element> out = new ArrayList<>();
    int pos = 0;
    while (pos < s.length()) {
      int from = pos;
      ApplicationIdentifier ai =
          ApplicationIdentifier.at(s, pos)
              .orElseThrow(
                  () ->
                      new Gs1Refusal(
                          "unknown application identifier at position "
                              + (from + 1)
                              + ": '"
                              + visible(s.substring(from, Math.min(from + 4, s.length())))
                              + "…'"));
      pos += ai.code().length();
      if (ai.fixed()) {
        int end = pos + ai.maxLength();
        if (end > s.length()) {
          throw new Gs1Refusal(
              ai.label()
                  + " is "
                  + ai.maxLength()
                  + " digits, the scan ends after "
                  + (s.length() - pos)
                  + " ('"
                  + visible(s.substring(pos))
                  + "')");
        }
        out.add(new Element(ai, s.substring(pos, end)));
        pos = end;
        if (pos < s.length() && s.charAt(pos) == ElementString.GS) {
          pos++;
        } else if (pos < s.length() && !ai.predefined()) {
          throw new Gs1Refusal(ai.label() + " must be followed by a separator (GS), it is not");
        }
      } else {
        int gs = s.indexOf(ElementString.GS, pos);
        int end = gs < 0 ? s.length() : gs;
        if (end - pos > ai.maxLength()) {
          throw new Gs1Refusal(
              ai.label()
                  + " is at most "
                  + ai.maxLength()
                  + " characters, the scan has "
                  + (end - pos)
                  + " before the next separator: a separator (GS) missing after it?");
        }
        out.add(new Element(ai, s.substring(pos, end)));
        pos = gs < 0 ? end : end + 1;
      }
    }
    return out;
  }

  private static List<Element> humanReadable(String s) {
    List<Element> out = new ArrayList<>();
    Matcher m = HRI_AI.matcher(s);
    String ai = null;
    int dataFrom = 0;
    while (m.find()) {
      if (ai == null && m.start() != 0) {
        break;
      }
      if (ai != null) {
        out.add(Element.of(ai, s.substring(dataFrom, m.start()).strip()));
      }
      ai = m.group(1);
      dataFrom = m.end();
    }
    if (ai == null) {
      throw new Gs1Refusal("'" + visible(s) + "' does not start with an AI in parentheses");
    }
    out.add(Element.of(ai, s.substring(dataFrom).strip()));
    return out;
  }

  /**
   * The text with the stand-ins a scanner or a browser field may carry for GS turned into GS: the
   * symbol ␝ (U+241D), {@code <GS>}, {@code ^]}, {@code |} and {@code ~}. None of these can be GS1
   * data (they are outside character set 82), so reading them as separators is never ambiguous.
   */
  static String separators(String s) {
    String gs = String.valueOf(ElementString.GS);
    return s.replace("<GS>", gs)
        .replace("^]", gs)
        .replace('\u241d', ElementString.GS)
        .replace('|', ElementString.GS)
        .replace('~', ElementString.GS);
  }

  /** The text with its GS characters shown as {@code <GS>}, for messages. */
  static String visible(String s) {
    return s.replace(String.valueOf(ElementString.GS), "<GS>");
  }
}
