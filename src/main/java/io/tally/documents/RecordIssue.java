package io.tally.documents;

import io.tally.input.Forms;
import io.tally.kernel.Command;
import io.tally.kernel.CommandName;
import java.util.regex.Pattern;

/**
 * Record that a document with this SHA-256 was handed out, resting on this entry and checkpoint.
 */
@CommandName("document.issue")
record RecordIssue(
    DocumentKind kind,
    String subject,
    String sha256,
    long bytes,
    long basisSeq,
    long treeSize,
    String root)
    implements Command<IssuedDocument> {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=]{0,128}");
  static final long MAX_BYTES = 64L * 1024 * 1024;

  RecordIssue {
    if (!Forms.isId(subject)) {
      throw new IllegalArgumentException("subject: " + Forms.idRule("subject"));
    }
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256: 64 lower-case hex digits");
    }
    if (bytes < 1 || bytes > MAX_BYTES || basisSeq < 0 || treeSize < 0) {
      throw new IllegalArgumentException("bytes, basisSeq, treeSize out of range");
    }
    if (!BASE64.matcher(root).matches()) {
      throw new IllegalArgumentException("root: base64");
    }
  }

  @Override
  public Class<IssuedDocument> answerType() {
    return IssuedDocument.class;
  }
}
