package io.tally.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * An A4 document written as PDF/A-2b as far as PDFBox allows: the one font embedded (Liberation
 * Sans, which PDFBox itself ships, SIL Open Font License), XMP metadata naming the PDF/A part and
 * conformance and agreeing with the document information, and an sRGB output intent from the JDK's
 * own profile. Text flows down the page and onto new pages; a cell too wide for its column is set
 * smaller, and only below 6 pt loses its end, marked "...".
 */
final class ArchivalPdf implements AutoCloseable {
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final float MARGIN = 50;
  private static final float BOTTOM = 60;
  private static final float BODY = 9.5f;
  private static final float MIN = 6;

  private final PDDocument doc = new PDDocument();
  private final PDType0Font font;
  private final Map<Integer, Boolean> glyphs = new HashMap<>();
  private final String footer;
  private PDPageContentStream page;
  private float y;
  private int pages;

  ArchivalPdf(String title, String footer, Instant created) {
    this.footer = footer;
    try (InputStream ttf = ArchivalPdf.class.getResourceAsStream(FONT)) {
      if (ttf == null) {
        throw new IllegalStateException("font " + FONT + " is not on the class path");
      }
      font = PDType0Font.load(doc, ttf, true);
      metadata(title, created);
      newPage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float width() {
    return PDRectangle.A4.getWidth() - 2 * MARGIN;
  }

  /** The document's title line. */
  void title(String text) {
    space(24);
    write(text, 16, MARGIN, width());
    y -= 6;
  }

  void heading(String text) {
    space(30);
    y -= 8;
    write(text, 12, MARGIN, width());
    y -= 2;
  }

  /** A paragraph of one line (shrunk to fit, never wrapped: figures stay on one line). */
  void line(String text) {
    space(14);
    write(text, BODY, MARGIN, width());
  }

  /** A label and its value, side by side. */
  void pair(String label, String value) {
    space(14);
    float labelWidth = width() * 0.32f;
    float top = y;
    write(label, BODY, MARGIN, labelWidth - 6);
    float after = y;
    y = top;
    write(value, BODY, MARGIN + labelWidth, width() - labelWidth);
    y = Math.min(y, after);
  }

  /** A table: column widths as fractions of the text width, a rule under the header. */
  void table(List<String> headers, List<List<String>> rows, float... fractions) {
    row(headers, fractions, 8);
    rule();
    for (List<String> r : rows) {
      row(r, fractions, 8.5f);
    }
    y -= 4;
  }

  private void row(List<String> cells, float[] fractions, float size) {
    space(size + 6);
    float top = y;
    float x = MARGIN;
    float low = y;
    for (int i = 0; i < cells.size(); i++) {
      float w = width() * fractions[i];
      y = top;
      write(cells.get(i), size, x, w - 4);
      low = Math.min(low, y);
      x += w;
    }
    y = low;
  }

  private void rule() {
    try {
      page.moveTo(MARGIN, y + 2);
      page.lineTo(MARGIN + width(), y + 2);
      page.setLineWidth(0.5f);
      page.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String text, float size, float x, float maxWidth) {
    try {
      String shown = showable(text);
      float fit = Math.max(MIN, Math.min(size, size * maxWidth / Math.max(1, width(shown, size))));
      while (shown.length() > 4 && width(shown, fit) > maxWidth) {
        shown = shown.substring(0, shown.length() - 4) + "...";
      }
      y -= size + 3;
      page.beginText();
      page.setFont(font, fit);
      page.newLineAtOffset(x, y);
      page.showText(shown);
      page.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float width(String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** The text with what the font has no glyph for (and control characters) as '?'. */
  private String showable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean ok =
                  c >= 0x20
                      && c != 0x7F
                      && glyphs.computeIfAbsent(
                          c,
                          k -> {
                            try {
                              return font.hasGlyph(k)
                                  && font.encode(Character.toString(k)).length > 0;
                            } catch (IOException | IllegalArgumentException e) {
                              return false;
                            }
                          });
              b.appendCodePoint(ok ? c : '?');
            });
    return b.toString();
  }

  private void space(float needed) {
    if (y - needed < BOTTOM) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (page != null) {
        page.close();
      }
      PDPage p = new PDPage(PDRectangle.A4);
      doc.addPage(p);
      pages++;
      page = new PDPageContentStream(doc, p);
      y = PDRectangle.A4.getHeight() - MARGIN;
      page.beginText();
      page.setFont(font, 7);
      page.newLineAtOffset(MARGIN, BOTTOM - 30);
      page.showText(showable(footer + " - " + pages));
      page.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The finished document's bytes. */
  byte[] finish() {
    try {
      page.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void metadata(String title, Instant created) throws IOException {
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(created.toEpochMilli() / 1000 * 1000);
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("Tally");
    info.setProducer("Tally");
    info.setCreationDate(when);
    info.setModificationDate(when);
    PDMetadata xmp = new PDMetadata(doc);
    xmp.importXMPMetadata(xmp(title, created).getBytes(StandardCharsets.UTF_8));
    doc.getDocumentCatalog().setMetadata(xmp);
    byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    doc.getDocumentCatalog().addOutputIntent(intent);
  }

  /** XMP packet: PDF/A-2b identification, and title, creator, producer and dates as the Info. */
  static String xmp(String title, Instant created) {
    String at =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            created.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    return """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
           <pdfaid:part>2</pdfaid:part>
           <pdfaid:conformance>B</pdfaid:conformance>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
           <dc:format>application/pdf</dc:format>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
           <dc:creator><rdf:Seq><rdf:li>Tally</rdf:li></rdf:Seq></dc:creator>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
           <xmp:CreatorTool>Tally</xmp:CreatorTool>
           <xmp:CreateDate>%s</xmp:CreateDate>
           <xmp:ModifyDate>%s</xmp:ModifyDate>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
           <pdf:Producer>Tally</pdf:Producer>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>"""
        .formatted(escape(title), at, at);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
