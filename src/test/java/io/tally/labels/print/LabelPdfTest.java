package io.tally.labels.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.input.gs1.Element;
import io.tally.input.gs1.ElementString;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LabelPdfTest {
  // SSCC from shared/reference/labels-and-documents.md (GS1 General Specifications example).
  static final ElementString SSCC = ElementString.of(Element.of("00", "106141411234567897"));
  static final ElementString CONTENT =
      ElementString.of(
          Element.of("02", "09501101530003"), Element.of("11", "261127"), Element.of("37", "1200"));
  static final ElementString LOT = ElementString.of(Element.of("10", "XYZ07D006-004"));

  static Label logistic() {
    return new Label(
        LabelSize.LOGISTIC,
        List.of("Reference cartridge plant", "762x39-BALL-SC Cartridge"),
        List.of(
            new Label.Field("SSCC", "106141411234567897"),
            new Label.Field("CONTENT", "09501101530003"),
            new Label.Field("COUNT", "1200"),
            new Label.Field("BATCH/LOT", "XYZ07D006-004")),
        List.of(CONTENT, LOT, SSCC));
  }

  @Test
  void aScannerReadsEveryBarcodeOfTheLogisticLabelBackToItsElementString() throws IOException {
    byte[] pdf = LabelPdf.render(List.of(logistic()));

    assertThat(PrintedBarcodes.read(pdf, 0))
        .containsExactly(
            "]C1" + CONTENT.transmitted(), "]C1" + LOT.transmitted(), "]C1" + SSCC.transmitted());
    assertThat(PrintedBarcodes.read(pdf, 0).stream().map(ElementString::parse))
        .containsExactly(CONTENT, LOT, SSCC);
  }

  @Test
  void printsTheLogisticLabelAt100By150WithTheHumanReadableLinesUnderTheBars() throws IOException {
    byte[] pdf = LabelPdf.render(List.of(logistic()));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth() * 25.4 / 72)
          .isCloseTo(100, org.assertj.core.data.Offset.offset(0.01));
      assertThat(box.getHeight() * 25.4 / 72)
          .isCloseTo(150, org.assertj.core.data.Offset.offset(0.01));
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("(00) 106141411234567897")
          .contains("(02) 09501101530003 (11) 261127 (37) 1200")
          .contains("(10) XYZ07D006-004")
          .contains("Reference cartridge plant");
    }
  }

  @Test
  void aLotLabelIs100By50AndScansToItsLotAndDate() throws IOException {
    ElementString lot =
        ElementString.of(Element.of("10", "XYZ07D006-004"), Element.of("11", "261127"));
    Label label =
        new Label(
            LabelSize.LOT, List.of("LOT XYZ07D006-004", "762x39-BALL-SC"), List.of(), List.of(lot));

    byte[] pdf = LabelPdf.render(List.of(label));

    assertThat(PrintedBarcodes.read(pdf, 0)).containsExactly("]C110XYZ07D006-004\u001d11261127");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getPage(0).getMediaBox().getHeight() * 25.4 / 72)
          .isCloseTo(50, org.assertj.core.data.Offset.offset(0.01));
    }
  }

  @Test
  void aLongLineShrinksRatherThanLosingItsFigures() throws IOException {
    LotFacts lot =
        new LotFacts(
            "RCP27C001-004",
            "762x39-BALL-SC",
            "Cartridge 7.62x39 ball, steel core",
            "L1",
            98_000,
            java.time.LocalDate.of(2026, 11, 27));

    byte[] pdf = LabelPdf.render(List.of(Layouts.lot("Reference cartridge plant", lot)));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("made 2026-11-27, good 98000")
          .contains("(10) RCP27C001-004 (11) 261127");
    }
  }
}
