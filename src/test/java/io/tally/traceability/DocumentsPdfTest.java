package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.tally.documents.DocumentKind;
import io.tally.documents.IssuedDocument;
import io.tally.documents.IssuedDocuments;
import io.tally.ledger.Checkpoints;
import io.tally.periods.Periods;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The dispatch note, release certificate and monthly report as PDF: the text PDFBox extracts
 * carries the figures, the ledger basis and the archival markers, and the file's SHA-256 is
 * recorded so that the exact copy is known and a changed one is not. (In traceability's tests for
 * its fixture of released lots in store and shipments.)
 */
class DocumentsPdfTest extends TraceabilityApiSupport {
  @Autowired IssuedDocuments issued;
  @Autowired Checkpoints checkpoints;
  @Autowired Periods periods;
  @Autowired Clock clock;

  MvcResult pdf(String role, String path) throws Exception {
    return mvc.perform(get(path).with(user("doc-" + role.toLowerCase()).roles(role)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn();
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  String packOneBox(String lot) throws Exception {
    String body =
        postAs(
                "wh-bob",
                "WAREHOUSE",
                "/api/units",
                "{\"lot\":\"%s\",\"location\":\"FG\",\"units\":2}".formatted(lot))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> ssccs = JsonPath.read(body, "$[*].sscc");
    return String.join(",", ssccs);
  }

  @Test
  void theDispatchNoteListsEverySsccTheAuthorisationAndWhatRemainsOfIt() throws Exception {
    String lot = releasedLotInStore();
    String[] units = packOneBox(lot).split(",");
    String auth = plant.authorise("LAW-ENF", ProductionFixture.BALL, 9_000);
    String lines =
        "{\"unit\":\"%s\"},{\"unit\":\"%s\"},%s"
            .formatted(units[0], units[1], loose(lot, 1_234, "FG"));
    postAs("wh-alice", "WAREHOUSE", "/api/shipments", shipment("SH-PDF1", "LAW-ENF", auth, lines))
        .andExpect(status().isCreated());
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-PDF1/approval", null)
        .andExpect(status().isOk());
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-PDF1/dispatch", null)
        .andExpect(status().isOk());

    MvcResult r = pdf("AUDITOR", "/api/documents/dispatch-notes/SH-PDF1.pdf");
    byte[] pdf = r.getResponse().getContentAsByteArray();
    String text = text(pdf);
    long shipped = 1_234 + 2 * 20;
    assertThat(text)
        .contains("Dispatch note SH-PDF1")
        .contains("Other law enforcement agencies (LAW-ENF)")
        .contains(auth)
        .contains("contract " + auth)
        .contains("Authorised quantity 9,000")
        .contains("Used (shipments created) " + String.format("%,d", shipped))
        .contains("Remaining under the authorisation " + String.format("%,d", 9_000 - shipped))
        .contains(units[0])
        .contains(units[1])
        .contains("Packaging units: 2")
        .contains("1,234")
        .contains("wh-dan");
    long dispatched =
        jdbc.sql("SELECT MAX(seq) FROM ledger_entry WHERE type = 'ShipmentDispatched'")
            .query(Long.class)
            .single();
    var checkpoint = checkpoints.latest().orElseThrow();
    assertThat(text)
        .contains("Rests on ledger entry " + dispatched)
        .contains("Tree size " + checkpoint.treeSize())
        .contains(checkpoint.rootHash());

    List<IssuedDocument> issues = issued.issuesOf(pdf);
    assertThat(issues).hasSize(1);
    IssuedDocument d = issues.get(0);
    assertThat(d.kind()).isEqualTo(DocumentKind.DISPATCH_NOTE);
    assertThat(d.subject()).isEqualTo("SH-PDF1");
    assertThat(d.basisSeq()).isEqualTo(dispatched);
    assertThat(d.issuedBy()).isEqualTo("doc-auditor");
    assertThat(r.getResponse().getHeader("X-Document-Sha256")).isEqualTo(d.sha256());
    assertThat(
            jdbc.sql("SELECT type FROM ledger_entry WHERE seq = ?")
                .param(d.seq())
                .query(String.class)
                .single())
        .isEqualTo("DocumentIssued");

    byte[] tampered = pdf.clone();
    tampered[tampered.length / 2] ^= 1;
    assertThat(issued.issuesOf(tampered)).isEmpty();
  }

  @Test
  void theDocumentsAreArchivalPdfWithTheirFontEmbeddedAndAnSrgbOutputIntent() throws Exception {
    String lot = releasedLotInStore();
    byte[] pdf =
        pdf("QUALITY", "/documents/certificates/" + lot + ".pdf")
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String xmp =
          new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp)
          .contains("<pdfaid:part>2</pdfaid:part>")
          .contains("<pdfaid:conformance>B</pdfaid:conformance>");
      assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
      assertThat(doc.getDocumentCatalog().getOutputIntents().get(0).getOutputConditionIdentifier())
          .isEqualTo("sRGB IEC61966-2.1");
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Release certificate, lot " + lot);
    }
    String text = text(pdf);
    long releasedSeq =
        jdbc.sql("SELECT released_seq FROM quality_lot WHERE lot = ?")
            .param(lot)
            .query(Long.class)
            .single();
    assertThat(text)
        .contains("Release certificate, lot " + lot)
        .contains("Good units produced 10,000")
        .contains("Scrap at the line 120")
        .contains("Released quantity 9,987")
        .contains("Rests on ledger entry " + releasedSeq);
    assertThat(issued.issuesOf(pdf))
        .singleElement()
        .extracting(IssuedDocument::kind)
        .isEqualTo(DocumentKind.RELEASE_CERTIFICATE);
  }

  @Test
  void theCertificateFollowsTheReadersLanguageAndIsRefusedToOperators() throws Exception {
    String lot = releasedLotInStore();
    byte[] pdf =
        mvc.perform(
                get("/api/documents/certificates/" + lot + ".pdf")
                    .header("Accept-Language", "es")
                    .with(user("qa").roles("QUALITY")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(text(pdf)).contains("Certificado de liberación, lote " + lot).contains("10.000");
    mvc.perform(
            get("/api/documents/certificates/" + lot + ".pdf").with(user("op").roles("OPERATOR")))
        .andExpect(status().isForbidden());
    getAs("AUDITOR", "/api/documents/certificates/RCP27C001-99999.pdf")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("lot"));
    getAs("AUDITOR", "/api/documents/monthly/2027-13.pdf")
        .andExpect(status().is4xxClientError())
        .andExpect(jsonPath("$.field").value("month"));
  }

  @Test
  void theMonthlyReportGivesEachCustomersAuthorisationsWithTheirFigures() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("LAW-ENF", ProductionFixture.BALL, 50_000);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-PDF2", "LAW-ENF", auth, loose(lot, 3_000, "FG")))
        .andExpect(status().isCreated());
    String monthText = periods.periodOf(clock.instant()).toString();
    byte[] pdf =
        pdf("AUDITOR", "/api/documents/monthly/" + monthText + ".pdf")
            .getResponse()
            .getContentAsByteArray();
    String text = text(pdf);
    assertThat(text)
        .contains("Production and accountability report, " + monthText)
        .contains("Customer Other law enforcement agencies (LAW-ENF)")
        .containsPattern(auth + " 50,000 0 3,000 0 47,000");
    assertThat(issued.issuesOf(pdf))
        .singleElement()
        .extracting(IssuedDocument::subject)
        .isEqualTo(monthText);
  }
}
