package io.tally.labels.print;

import io.tally.input.gs1.ElementString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Labels as PDF, one page per label at the label's own size: header lines at the top, the fields in
 * two columns below them, and the barcodes stacked at the bottom, each with its human-readable
 * interpretation under it, the last barcode lowest.
 */
public final class LabelPdf {
  private static final float MARGIN_MM = 4;
  private static final float HRI_MM = 4;
  private static final float GAP_MM = 1.5f;
  private static final float FIELD_ROW_MM = 7;

  // The standard 14 fonts are not embedded, so one instance serves every document; building one
  // looks up a system font to stand in for it, which costs more than a label.
  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private final PDType1Font regular = REGULAR;
  private final PDType1Font bold = BOLD;

  /** The PDF of the labels, one page each. */
  public static byte[] render(List<Label> labels) {
    try (PDDocument doc = new PDDocument()) {
      LabelPdf pdf = new LabelPdf();
      for (Label label : labels) {
        pdf.page(doc, label);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void page(PDDocument doc, Label label) throws IOException {
    LabelSize size = label.size();
    float width = Pdf.mm(size.widthMm());
    float height = Pdf.mm(size.heightMm());
    PDPage page = new PDPage(new PDRectangle(width, height));
    doc.addPage(page);
    float margin = Pdf.mm(MARGIN_MM);
    float inner = width - 2 * margin;
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      float y = height - margin;
      boolean first = true;
      for (String line : label.header()) {
        float fontSize = first ? 12 : 9;
        y -= fontSize + 2;
        fitted(s, first ? bold : regular, fontSize, margin, y, line, inner);
        first = false;
      }
      fields(s, label.fields(), margin, y - Pdf.mm(1), inner);
      barcodes(s, label, width / 2, margin, inner);
    }
  }

  /**
   * Draws the line at {@code size}, or smaller (down to 6 pt) so that it fits {@code maxWidth};
   * only a line too long even then loses its end, marked "...": a figure is never cut silently.
   */
  private void fitted(
      PDPageContentStream s,
      PDType1Font font,
      float size,
      float x,
      float y,
      String line,
      float maxWidth)
      throws IOException {
    String shown = Pdf.showable(line);
    float fit = Math.max(6f, Math.min(size, size * maxWidth / Pdf.width(font, size, shown)));
    while (shown.length() > 4 && Pdf.width(font, fit, shown) > maxWidth) {
      shown = shown.substring(0, shown.length() - 4) + "...";
    }
    Pdf.text(s, font, fit, x, y, shown);
  }

  private void fields(PDPageContentStream s, List<Label.Field> fields, float x, float top, float w)
      throws IOException {
    float column = w / 2;
    for (int i = 0; i < fields.size(); i++) {
      Label.Field f = fields.get(i);
      float fx = x + (i % 2) * column;
      float fy = top - (i / 2 + 1) * Pdf.mm(FIELD_ROW_MM);
      Pdf.text(s, regular, 7, fx, fy + 11, Pdf.showable(f.title()));
      fitted(s, bold, 11, fx, fy + 1, f.value(), column - 4);
    }
  }

  private void barcodes(PDPageContentStream s, Label label, float centre, float bottom, float w)
      throws IOException {
    float barHeight = Pdf.mm(label.size().barHeightMm());
    float y = bottom;
    List<ElementString> codes = label.barcodes();
    for (int i = codes.size() - 1; i >= 0; i--) {
      ElementString code = codes.get(i);
      Pdf.centred(s, regular, 9, centre, y + 2, code.humanReadable(), w);
      y += Pdf.mm(HRI_MM);
      Gs1Bars bars = new Gs1Bars(code);
      bars.draw(s, centre, y, bars.moduleWidth(w), barHeight);
      y += barHeight + Pdf.mm(GAP_MM);
    }
  }
}
