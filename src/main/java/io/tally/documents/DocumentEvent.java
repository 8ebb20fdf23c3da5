package io.tally.documents;

import io.tally.ledger.Event;
import io.tally.ledger.EventType;

/** The facts of documents (docs/documents.md). */
public sealed interface DocumentEvent extends Event {

  /**
   * A document issued: what it is ({@code kind}) and about ({@code subject}: a lot, a shipment, a
   * month), the SHA-256 and length of the exact file handed out, and the ledger entry ({@code
   * basisSeq}) and signed checkpoint (tree size and base64 root) it states it rests on.
   */
  @EventType("DocumentIssued")
  record DocumentIssued(
      DocumentKind kind,
      String subject,
      String sha256,
      long bytes,
      long basisSeq,
      long treeSize,
      String root)
      implements DocumentEvent {}
}
