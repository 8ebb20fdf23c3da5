package io.tally.documents;

import io.tally.kernel.CommandRejected;
import io.tally.orders.Authorisation;
import io.tally.orders.Authorisations;
import io.tally.traceability.ShipmentView;
import io.tally.traceability.Shipments;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import org.springframework.stereotype.Component;

/**
 * The dispatch note: the shipment, its customer, the authorisation with what remains of it, every
 * packaging unit (SSCC) and loose line with its lot, and who created and approved it.
 */
@Component
class DispatchNoteContent {
  private final Shipments shipments;
  private final Authorisations authorisations;

  DispatchNoteContent(Shipments shipments, Authorisations authorisations) {
    this.shipments = shipments;
    this.authorisations = authorisations;
  }

  Documents.Draft draft(String id, Documents documents) {
    ShipmentView s =
        shipments
            .find(id)
            .orElseThrow(() -> CommandRejected.notFound("shipment", "no shipment " + id));
    Authorisation auth = authorisations.find(s.authorisation()).orElse(null);
    long last =
        LongStream.of(
                s.createdSeq(),
                s.approvedSeq() == null ? 0 : s.approvedSeq(),
                s.dispatchedSeq() == null ? 0 : s.dispatchedSeq())
            .max()
            .orElse(s.createdSeq());
    Basis basis = documents.basis(last);
    String customer = documents.customerName(s.customer());
    String productName = documents.productName(s.product());
    return new Documents.Draft() {
      @Override
      public DocumentKind kind() {
        return DocumentKind.DISPATCH_NOTE;
      }

      @Override
      public String subject() {
        return s.id();
      }

      @Override
      public String title(Documents.Text t) {
        return t.get("documents.dispatch.title", s.id());
      }

      @Override
      public Basis basis() {
        return basis;
      }

      @Override
      public void write(ArchivalPdf doc, Documents.Text t) {
        doc.pair(t.get("documents.dispatch.shipment"), s.id());
        doc.pair(t.get("documents.dispatch.status"), s.status().name());
        doc.pair(t.get("documents.dispatch.customer"), customer + " (" + s.customer() + ")");
        doc.pair(t.get("documents.dispatch.product"), s.product() + " - " + productName);
        doc.pair(t.get("documents.dispatch.quantity"), t.number(s.quantity()));
        doc.pair(t.get("documents.dispatch.authorisation"), s.authorisation());
        if (auth != null) {
          doc.pair(t.get("documents.dispatch.document"), auth.documentRef());
          doc.pair(t.get("documents.dispatch.valid"), auth.validFrom() + " - " + auth.validTo());
          doc.pair(t.get("documents.dispatch.authorised"), t.number(auth.quantity()));
          doc.pair(t.get("documents.dispatch.used"), t.number(auth.used()));
          doc.pair(t.get("documents.dispatch.remaining"), t.number(auth.remaining()));
        }
        doc.pair(t.get("documents.dispatch.createdBy"), s.createdBy());
        doc.pair(
            t.get("documents.dispatch.approvedBy"),
            s.approvedBy() == null ? t.get("documents.dispatch.notApproved") : s.approvedBy());
        doc.heading(t.get("documents.dispatch.units"));
        long units =
            s.lines().stream()
                .map(ShipmentView.Line::unit)
                .filter(Objects::nonNull)
                .distinct()
                .count();
        doc.line(t.get("documents.dispatch.unitCount", Long.toString(units)));
        List<List<String>> rows =
            s.lines().stream()
                .map(
                    l ->
                        List.of(
                            l.unit() == null ? t.get("documents.dispatch.loose") : l.unit(),
                            l.lot(),
                            l.location(),
                            t.number(l.quantity())))
                .toList();
        doc.table(
            List.of(
                t.get("documents.dispatch.col.sscc"),
                t.get("documents.dispatch.col.lot"),
                t.get("documents.dispatch.col.from"),
                t.get("documents.dispatch.col.quantity")),
            rows,
            .34f,
            .3f,
            .16f,
            .2f);
        doc.line(t.get("documents.dispatch.signature"));
      }
    };
  }
}
