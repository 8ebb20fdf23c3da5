package io.tally.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Which documents were issued: looked up by the SHA-256 of a file's exact bytes. */
@Service
public class IssuedDocuments {
  private final JdbcClient jdbc;

  IssuedDocuments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every issue of a file with exactly these bytes, the first first; empty if never issued. */
  public List<IssuedDocument> issuesOf(byte[] file) {
    return bySha256(sha256(file));
  }

  public List<IssuedDocument> bySha256(String sha256) {
    return jdbc.sql(
            "SELECT seq, kind, subject, sha256, bytes, issued_by, issued_millis, basis_seq,"
                + " tree_size, root FROM document_issued WHERE sha256 = ? ORDER BY seq")
        .param(sha256)
        .query(
            (rs, n) ->
                new IssuedDocument(
                    rs.getLong(1),
                    DocumentKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getString(6),
                    Instant.ofEpochMilli(rs.getLong(7)),
                    rs.getLong(8),
                    rs.getLong(9),
                    rs.getString(10)))
        .list();
  }

  public static String sha256(byte[] file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
