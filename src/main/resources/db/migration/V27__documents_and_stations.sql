-- Documents: read model filled only by the projection of DocumentIssued entries (documents).

-- An issued document: its entry, what it is about, the file's SHA-256 and length, who issued it
-- when, and the ledger entry and signed checkpoint it rests on.
CREATE TABLE document_issued (
  seq           BIGINT       NOT NULL PRIMARY KEY,
  kind          VARCHAR(32)  NOT NULL,
  subject       VARCHAR(64)  NOT NULL,
  sha256        VARCHAR(64)  NOT NULL,
  bytes         BIGINT       NOT NULL,
  issued_by     VARCHAR(64)  NOT NULL,
  issued_millis BIGINT       NOT NULL,
  basis_seq     BIGINT       NOT NULL,
  tree_size     BIGINT       NOT NULL,
  root          VARCHAR(128) NOT NULL
);
CREATE INDEX document_issued_sha256 ON document_issued (sha256);

