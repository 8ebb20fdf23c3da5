package io.tally.labels.print;

import io.tally.input.gs1.ElementString;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import uk.org.okapibarcode.backend.Code128;
import uk.org.okapibarcode.backend.HumanReadableLocation;
import uk.org.okapibarcode.backend.Symbol;
import uk.org.okapibarcode.graphics.Rectangle;

/**
 * A GS1-128 symbol (Code 128 with FNC1 first, FNC1 after each variable-length element that is not
 * last) drawn as filled rectangles, so the bars stay sharp at any printer resolution. The
 * X-dimension is the GS1 logistic minimum of 0.495 mm unless the symbol would not fit the width
 * with its quiet zones of 10 modules; then the widest that fits.
 */
final class Gs1Bars {
  static final float X_LOGISTIC_MM = 0.495f;
  static final int QUIET_MODULES = 10;

  private final Symbol symbol;

  Gs1Bars(ElementString content) {
    Code128 code = new Code128();
    code.setDataType(Symbol.DataType.GS1);
    code.setHumanReadableLocation(HumanReadableLocation.NONE);
    code.setQuietZoneHorizontal(0);
    code.setQuietZoneVertical(0);
    code.setModuleWidth(1);
    code.setBarHeight(1);
    code.setContent(content.bracketed());
    this.symbol = code;
  }

  /** The width of the symbol in modules, without quiet zones. */
  int modules() {
    return symbol.getWidth();
  }

  /** The X-dimension, in points, that fits {@code widthPt} with quiet zones. */
  float moduleWidth(float widthPt) {
    return Math.min(Pdf.mm(X_LOGISTIC_MM), widthPt / (modules() + 2 * QUIET_MODULES));
  }

  /** Draws the bars centred on {@code centreX}, from {@code y} up {@code heightPt}. */
  void draw(PDPageContentStream page, float centreX, float y, float x, float heightPt)
      throws IOException {
    float left = centreX - x * modules() / 2;
    for (Rectangle r : symbol.getRectangles()) {
      page.addRect(left + (float) r.x * x, y, (float) r.width * x, heightPt);
    }
    page.fill();
  }
}
