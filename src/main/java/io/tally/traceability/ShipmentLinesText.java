package io.tally.traceability;

import io.tally.input.gs1.Gs1Refusal;
import io.tally.input.gs1.Scans;
import io.tally.kernel.CommandRejected;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the create-shipment form, one per row: an SSCC alone (the unit's content), or a lot,
 * a quantity and the location the loose rounds leave from ({@code RCP27C001-004 2500 FG}). The SSCC
 * or lot may be a scanner's GS1 element string.
 */
final class ShipmentLinesText {
  private ShipmentLinesText() {}

  static List<ShipmentRequest.Line> parse(String text) {
    List<ShipmentRequest.Line> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String[] rows = text.split("\\R");
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].trim();
      if (row.isEmpty()) {
        continue;
      }
      String[] f = row.split("[\\s,;]+");
      String field = "lines[" + out.size() + "]";
      if (f.length == 1) {
        out.add(new ShipmentRequest.Line(null, null, null, scanned(field + ".sscc", f[0], true)));
      } else if (f.length == 3) {
        out.add(
            new ShipmentRequest.Line(
                scanned(field + ".lot", f[0], false), quantity(field, f[1]), f[2], null));
      } else {
        throw CommandRejected.invalid(
            field,
            "row " + (i + 1) + " '" + row + "': give an SSCC, or a lot, a quantity and a location");
      }
    }
    return out;
  }

  /** The SSCC or lot of the row, typed or scanned (a GS1 element string). */
  private static String scanned(String field, String text, boolean sscc) {
    try {
      return sscc ? Scans.sscc(text) : Scans.lot(text);
    } catch (Gs1Refusal e) {
      throw CommandRejected.invalid(field, e.getMessage());
    }
  }

  private static Long quantity(String field, String text) {
    try {
      return Long.valueOf(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw CommandRejected.invalid(field + ".quantity", "'" + text + "' is not a whole number");
    }
  }
}
