package io.tally.labels;

import io.tally.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Label PDFs over HTTP: under /api for clients (HTTP Basic), and under /labels for the print links
 * of the pages (the signed-in session). Whoever may look a unit or lot up may print its label.
 */
@RestController
class LabelController {
  private final Labels labels;

  LabelController(Labels labels) {
    this.labels = labels;
  }

  @GetMapping(
      value = {"/api/labels/sscc/{sscc}.pdf", "/labels/sscc/{sscc}.pdf"},
      produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize(Role.ANY)
  ResponseEntity<byte[]> unit(@PathVariable String sscc) {
    return pdf("sscc-" + sscc, labels.unit(sscc));
  }

  @GetMapping(
      value = {"/api/labels/lot/{lot}.pdf", "/labels/lot/{lot}.pdf"},
      produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize(Role.ANY)
  ResponseEntity<byte[]> lot(@PathVariable String lot) {
    return pdf("lot-" + lot, labels.lot(lot));
  }

  private static ResponseEntity<byte[]> pdf(String name, byte[] body) {
    String file = name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(file).build().toString())
        .body(body);
  }
}
