package io.tally.documents;

import java.time.Instant;

/** An issued document as the ledger records it: the entry, who issued it, when, and its basis. */
public record IssuedDocument(
    long seq,
    DocumentKind kind,
    String subject,
    String sha256,
    long bytes,
    String issuedBy,
    Instant issuedAt,
    long basisSeq,
    long treeSize,
    String root) {}
