package io.tally.documents;

import io.tally.documents.DocumentEvent.DocumentIssued;
import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Issued documents by SHA-256: documents' only table. */
@Component
class DocumentProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers = new EventHandlers().on(DocumentIssued.class, this::issued);

  DocumentProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("document_issued");
  }

  @Override
  public void apply(LedgerEntry entry) {
    handlers.apply(entry);
  }

  private void issued(DocumentIssued d, LedgerEntry e) {
    jdbc.sql(
            "INSERT INTO document_issued (seq, kind, subject, sha256, bytes, issued_by,"
                + " issued_millis, basis_seq, tree_size, root) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.seq(),
            d.kind().name(),
            d.subject(),
            d.sha256(),
            d.bytes(),
            e.actor(),
            e.time().toEpochMilli(),
            d.basisSeq(),
            d.treeSize(),
            d.root())
        .update();
  }
}
