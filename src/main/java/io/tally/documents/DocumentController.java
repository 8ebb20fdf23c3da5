package io.tally.documents;

import io.tally.kernel.Actor;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents over HTTP, under /api for clients and under /documents for the pages' links. Each GET
 * issues a new copy: it is recorded in the ledger (DocumentIssued) before it is sent, and its
 * SHA-256 and entry are in the X-Document-Sha256 and X-Ledger-Seq headers.
 */
@RestController
class DocumentController {
  static final String CERTIFICATE = "hasAnyRole('QUALITY','AUDITOR','ADMIN','WAREHOUSE')";
  static final String DISPATCH_NOTE = "hasAnyRole('WAREHOUSE','AUDITOR','ADMIN','PLANNER')";
  static final String MONTHLY = "hasAnyRole('AUDITOR','ADMIN','PLANNER')";
  private final Documents documents;

  DocumentController(Documents documents) {
    this.documents = documents;
  }

  @GetMapping({"/api/documents/certificates/{lot}.pdf", "/documents/certificates/{lot}.pdf"})
  @PreAuthorize(CERTIFICATE)
  ResponseEntity<byte[]> certificate(@PathVariable String lot, Actor actor, Locale locale) {
    return pdf("certificate-" + lot, documents.certificate(actor, lot, locale));
  }

  @GetMapping({
    "/api/documents/dispatch-notes/{shipment}.pdf",
    "/documents/dispatch-notes/{shipment}.pdf"
  })
  @PreAuthorize(DISPATCH_NOTE)
  ResponseEntity<byte[]> dispatchNote(@PathVariable String shipment, Actor actor, Locale locale) {
    return pdf("dispatch-note-" + shipment, documents.dispatchNote(actor, shipment, locale));
  }

  @GetMapping({"/api/documents/monthly/{month}.pdf", "/documents/monthly/{month}.pdf"})
  @PreAuthorize(MONTHLY)
  ResponseEntity<byte[]> monthly(@PathVariable String month, Actor actor, Locale locale) {
    return pdf("report-" + month, documents.monthly(actor, month, locale));
  }

  private static ResponseEntity<byte[]> pdf(String name, Documents.Issued issued) {
    String file = name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(file).build().toString())
        .header("X-Document-Sha256", issued.record().sha256())
        .header("X-Ledger-Seq", Long.toString(issued.record().seq()))
        .body(issued.pdf());
  }
}
