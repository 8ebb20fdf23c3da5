package io.tally.labels.print;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Units and text for label pages: millimetres to points, and text the standard fonts can show. */
final class Pdf {
  private static final float POINTS_PER_MM = 72f / 25.4f;

  private Pdf() {}

  static float mm(float millimetres) {
    return millimetres * POINTS_PER_MM;
  }

  /**
   * The text as the standard 14 fonts (WinAnsi) can show it: control characters and characters
   * outside Latin-1 become '?', so a product name cannot stop a label from printing.
   */
  static String showable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(c -> b.append(c >= 0x20 && c <= 0xFF && c != 0x7F ? (char) c : '?'));
    return b.toString();
  }

  static float width(PDType1Font font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  static void text(
      PDPageContentStream page, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(x, y);
    page.showText(s);
    page.endText();
  }

  /** Text shrunk (down to 5 pt) to fit {@code maxWidth}, centred on {@code centreX}. */
  static void centred(
      PDPageContentStream page,
      PDType1Font font,
      float size,
      float centreX,
      float y,
      String s,
      float maxWidth)
      throws IOException {
    String shown = showable(s);
    float fit = Math.max(5f, Math.min(size, size * maxWidth / width(font, size, shown)));
    text(page, font, fit, centreX - width(font, fit, shown) / 2, y, shown);
  }
}
