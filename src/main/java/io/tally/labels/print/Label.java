package io.tally.labels.print;

import io.tally.input.gs1.ElementString;
import java.util.List;

/**
 * One label: free-format header lines at the top, titled fields in the middle, and GS1-128 barcodes
 * at the bottom in the order given, the last lowest (on a logistic label, the SSCC).
 */
public record Label(
    LabelSize size, List<String> header, List<Field> fields, List<ElementString> barcodes) {
  public static final int BARCODES_MAX = 3;

  public Label {
    header = List.copyOf(header);
    fields = List.copyOf(fields);
    barcodes = List.copyOf(barcodes);
    if (barcodes.isEmpty() || barcodes.size() > BARCODES_MAX) {
      throw new IllegalArgumentException("a label carries 1 to " + BARCODES_MAX + " barcodes");
    }
  }

  /** A titled value in the middle of the label, e.g. "SSCC" and its digits. */
  public record Field(String title, String value) {}
}
