package io.tally.labels.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a label PDF as a scanner would: renders a page to a 300 dpi grey image (PDFBox) and decodes
 * every Code 128 symbol on it with ZXing, with FNC1 read as GS1 (so the text starts with "]C1" and
 * carries GS separators, as a keyboard-wedge scanner sends it), top to bottom.
 */
public final class PrintedBarcodes {
  private PrintedBarcodes() {}

  public static List<String> read(byte[] pdf, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 300, ImageType.GRAY);
      BinaryBitmap bitmap =
          new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
      Map<DecodeHintType, Object> hints =
          Map.of(
              DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
              DecodeHintType.ASSUME_GS1, Boolean.TRUE,
              DecodeHintType.TRY_HARDER, Boolean.TRUE);
      Result[] found =
          new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, hints);
      return Arrays.stream(found)
          .sorted(Comparator.comparingDouble(r -> r.getResultPoints()[0].getY()))
          .map(Result::getText)
          .distinct()
          .toList();
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  public static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }
}
