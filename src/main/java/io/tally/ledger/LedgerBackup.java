package io.tally.ledger;

import io.tally.ledger.chain.Ed25519Keys;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every table to one archive while Tally runs, from one consistent snapshot (PostgreSQL
 * repeatable read, H2 snapshot isolation): commands go on meanwhile and the archive holds exactly
 * the ledger up to one head, the projections and keys answered as of that head, the signed heads
 * and checkpoints, the newest checkpoint at the top (so it can be checked without unpacking), and
 * this node's public key. No private key is ever in it.
 */
@Service
public class LedgerBackup {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String SKIPPED = "flyway_schema_history";

  private final DataSource dataSource;
  private final LedgerKeys keys;
  private final LedgerProperties props;

  LedgerBackup(DataSource dataSource, LedgerKeys keys, LedgerProperties props) {
    this.dataSource = dataSource;
    this.keys = keys;
    this.props = props;
  }

  /** Writes the archive to the file (through a temporary file, so a failed backup leaves none). */
  public BackupManifest backup(Path to) {
    try {
      Path parent = to.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".backup", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        BackupManifest m = backup(out);
        Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return m;
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup " + to + ": " + e.getMessage(), e);
    }
  }

  BackupManifest backup(OutputStream out) throws IOException {
    try (Connection con = dataSource.getConnection();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      boolean h2 = con.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
      snapshot(con, h2);
      try {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables(con)) {
          counts.put(table, dump(con, table, zip));
        }
        Ledger.Head head = head(con);
        if (counts.getOrDefault("ledger_entry", 0L) != head.seq()) {
          throw new IllegalStateException(
              "not a consistent snapshot: head "
                  + head.seq()
                  + " but "
                  + counts.get("ledger_entry")
                  + " entries");
        }
        String note = newestCheckpoint(con);
        if (note != null) {
          zip.putNextEntry(new ZipEntry(BackupManifest.CHECKPOINT));
          zip.write(note.getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
        BackupManifest manifest =
            new BackupManifest(
                BackupManifest.FORMAT,
                Instant.now().toString(),
                con.getMetaData().getDatabaseProductName(),
                head.seq(),
                head.hash(),
                props.origin(),
                keys.heads().keyId(),
                Base64.getEncoder().encodeToString(Ed25519Keys.raw(keys.heads().publicKey())),
                counts);
        zip.putNextEntry(new ZipEntry(BackupManifest.MANIFEST));
        zip.write(JSON.writeValueAsBytes(manifest));
        zip.closeEntry();
        con.commit();
        return manifest;
      } finally {
        release(con, h2);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("backup failed: " + e.getMessage(), e);
    }
  }

  /** One snapshot for every table read after this: the archive is one moment of the database. */
  private static void snapshot(Connection con, boolean h2) throws SQLException {
    if (h2) {
      try (Statement st = con.createStatement()) {
        st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
      }
    } else {
      con.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    }
    con.setAutoCommit(false);
    con.setReadOnly(!h2);
  }

  private static void release(Connection con, boolean h2) throws SQLException {
    con.rollback();
    con.setAutoCommit(true);
    if (h2) {
      try (Statement st = con.createStatement()) {
        st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
      }
    }
  }

  /** The application's tables in the current schema, by name. */
  static List<String> tables(Connection con) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = con.getMetaData().getTables(null, con.getSchema(), "%", null)) {
      while (rs.next()) {
        String type = rs.getString("TABLE_TYPE");
        String name = rs.getString("TABLE_NAME").toLowerCase();
        if (("TABLE".equals(type) || "BASE TABLE".equals(type)) && !SKIPPED.equals(name)) {
          out.add(name);
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static long dump(Connection con, String table, ZipOutputStream zip)
      throws SQLException, IOException {
    zip.putNextEntry(new ZipEntry(BackupManifest.tableEntry(table)));
    long rows = 0;
    try (Statement st = con.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        names.add(md.getColumnLabel(i).toLowerCase());
      }
      line(zip, names);
      while (rs.next()) {
        List<String> values = new ArrayList<>(names.size());
        for (int i = 1; i <= md.getColumnCount(); i++) {
          values.add(BackupColumns.read(rs, i, md.getColumnType(i), md.getColumnTypeName(i)));
        }
        line(zip, values);
        rows++;
      }
    }
    zip.closeEntry();
    return rows;
  }

  private static void line(ZipOutputStream zip, List<String> values) throws IOException {
    zip.write(JSON.writeValueAsBytes(values));
    zip.write('\n');
  }

  private static Ledger.Head head(Connection con) throws SQLException {
    try (Statement st = con.createStatement();
        ResultSet rs = st.executeQuery("SELECT seq, hash FROM ledger_head WHERE id = 1")) {
      rs.next();
      return new Ledger.Head(rs.getLong(1), rs.getString(2).trim());
    }
  }

  private static String newestCheckpoint(Connection con) throws SQLException {
    try (Statement st = con.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT note FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
