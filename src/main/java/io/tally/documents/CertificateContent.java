package io.tally.documents;

import io.tally.kernel.CommandRejected;
import io.tally.quality.ReleasedLot;
import io.tally.quality.ReleasedLots;
import java.util.List;
import org.springframework.stereotype.Component;

/** The release certificate: the lot, its quantities, each class's plan and result, who released. */
@Component
class CertificateContent {
  private final ReleasedLots lots;

  CertificateContent(ReleasedLots lots) {
    this.lots = lots;
  }

  Documents.Draft draft(String number, Documents documents) {
    ReleasedLot lot =
        lots.find(number)
            .orElseThrow(() -> CommandRejected.notFound("lot", "no released lot " + number));
    Basis basis = documents.basis(lot.releasedSeq());
    String releasedBy = documents.actorOf(lot.releasedSeq());
    String productName = documents.productName(lot.product());
    return new Documents.Draft() {
      @Override
      public DocumentKind kind() {
        return DocumentKind.RELEASE_CERTIFICATE;
      }

      @Override
      public String subject() {
        return lot.lot();
      }

      @Override
      public String title(Documents.Text t) {
        return t.get("documents.certificate.title", lot.lot());
      }

      @Override
      public Basis basis() {
        return basis;
      }

      @Override
      public void write(ArchivalPdf doc, Documents.Text t) {
        doc.pair(t.get("documents.certificate.lot"), lot.lot());
        doc.pair(t.get("documents.certificate.product"), lot.product() + " - " + productName);
        doc.pair(t.get("documents.certificate.line"), lot.line());
        doc.pair(t.get("documents.certificate.good"), t.number(lot.good()));
        doc.pair(t.get("documents.certificate.scrap"), t.number(lot.scrap()));
        doc.pair(t.get("documents.certificate.consumed"), t.number(lot.consumed()));
        doc.pair(t.get("documents.certificate.released"), t.number(lot.releasedQuantity()));
        doc.pair(t.get("documents.certificate.releasedAt"), t.time(lot.releasedAt()));
        doc.pair(t.get("documents.certificate.releasedBy"), releasedBy);
        if (lot.concessionApprovedBy() != null) {
          doc.line(
              t.get(
                  "documents.certificate.concession",
                  lot.concessionApprovedBy(),
                  String.valueOf(lot.concessionReason())));
        }
        doc.heading(t.get("documents.certificate.inspections"));
        if (lot.inspections().isEmpty()) {
          doc.line(t.get("documents.certificate.noInspections"));
          return;
        }
        List<String> headers =
            List.of(
                    "class",
                    "plan",
                    "severity",
                    "level",
                    "aql",
                    "lotSize",
                    "letter",
                    "n",
                    "ac",
                    "re",
                    "d",
                    "result",
                    "inspector")
                .stream()
                .map(k -> t.get("documents.certificate.col." + k))
                .toList();
        List<List<String>> rows =
            lot.inspections().stream()
                .map(
                    i ->
                        List.of(
                            i.nonconformityClass(),
                            i.edition(),
                            i.severity(),
                            i.level(),
                            i.aql(),
                            t.number(i.lotSize()),
                            i.planLetter(),
                            Integer.toString(i.n()),
                            Integer.toString(i.ac()),
                            Integer.toString(i.re()),
                            Integer.toString(i.d()),
                            i.result(),
                            i.inspector()))
                .toList();
        doc.table(
            headers, rows, .09f, .15f, .09f, .06f, .06f, .1f, .06f, .05f, .05f, .05f, .05f, .1f,
            .09f);
      }
    };
  }
}
