package io.tally.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a verified archive into an empty database in one transaction holding the ledger lock: the
 * ledger's tables and every table that is not a projection as archived (parents before the tables
 * that refer to them), then the projections rebuilt by applying every entry, as replay does.
 */
@Component
class RestoreLoader {
  private static final int BATCH = 500;
  private static final Set<String> LEDGER =
      Set.of("ledger_entry", "ledger_signed_head", "ledger_checkpoint");

  private final DataSource dataSource;
  private final TransactionTemplate tx;
  private final List<Projection> projections;
  private final LedgerEntries entries;

  RestoreLoader(
      DataSource dataSource,
      TransactionTemplate tx,
      List<Projection> projections,
      LedgerEntries entries) {
    this.dataSource = dataSource;
    this.tx = tx;
    this.projections = projections;
    this.entries = entries;
  }

  /** Refuses a database that holds a ledger already: a restore never mixes two. */
  void requireEmpty() {
    tx.executeWithoutResult(
        s -> {
          try {
            requireEmpty(DataSourceUtils.getConnection(dataSource));
          } catch (SQLException e) {
            throw new IllegalStateException("restore failed: " + e.getMessage(), e);
          }
        });
  }

  private static void requireEmpty(Connection con) throws SQLException {
    long head = single(con, "SELECT seq FROM ledger_head WHERE id = 1 FOR UPDATE");
    long existing = single(con, "SELECT COUNT(*) FROM ledger_entry");
    if (head != 0 || existing != 0) {
      throw new IllegalArgumentException(
          "the database already holds "
              + Math.max(head, existing)
              + " ledger entries: restore into an empty database (a new TALLY_DATA_DIR or"
              + " PostgreSQL database)");
    }
  }

  /** Loads the archive; the number of rows written. */
  long load(BackupArchive archive) {
    Long rows =
        tx.execute(
            s -> {
              Connection con = DataSourceUtils.getConnection(dataSource);
              try {
                return load(con, archive);
              } catch (SQLException e) {
                throw new IllegalStateException("restore failed: " + e.getMessage(), e);
              }
            });
    return rows == null ? 0 : rows;
  }

  private long load(Connection con, BackupArchive archive) throws SQLException {
    requireEmpty(con);
    Set<String> projected = new HashSet<>();
    projections.forEach(p -> p.tables().forEach(t -> projected.add(t.toLowerCase())));
    long rows = 0;
    for (String table : ordered(con)) {
      if (!archive.has(table)) {
        continue;
      }
      if (table.equals("ledger_head")) {
        rows += restoreHead(con, archive);
      } else if (projected.contains(table)) {
        update(con, "DELETE FROM " + table);
      } else {
        if (!LEDGER.contains(table) && single(con, "SELECT COUNT(*) FROM " + table) > 0) {
          update(con, "DELETE FROM " + table);
        }
        rows += insert(con, archive, table);
      }
    }
    entries.forEach(e -> projections.forEach(p -> p.apply(e)));
    return rows;
  }

  private static long restoreHead(Connection con, BackupArchive archive) throws SQLException {
    List<Map<String, String>> head = new ArrayList<>();
    archive.rows("ledger_head", h -> {}, head::add);
    try (PreparedStatement st =
        con.prepareStatement("UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1")) {
      st.setLong(1, Long.parseLong(head.get(0).get("seq")));
      st.setString(2, head.get(0).get("hash").trim());
      st.executeUpdate();
    }
    return 1;
  }

  private static long insert(Connection con, BackupArchive archive, String table)
      throws SQLException {
    Map<String, Integer> types = new LinkedHashMap<>();
    try (Statement st = con.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        types.put(md.getColumnLabel(i).toLowerCase(), md.getColumnType(i));
      }
    }
    long[] rows = {0};
    try (BackupArchive.Rows in = archive.open(table)) {
      for (String c : in.columns) {
        if (!types.containsKey(c)) {
          throw new IllegalArgumentException(
              "the archive's "
                  + table
                  + "."
                  + c
                  + " is not in this database: a newer Tally made it");
        }
      }
      List<String> columns = in.columns;
      String sql =
          "INSERT INTO "
              + table
              + " ("
              + String.join(", ", columns)
              + ") VALUES ("
              + String.join(", ", columns.stream().map(c -> "?").toList())
              + ")";
      try (PreparedStatement st = con.prepareStatement(sql)) {
        while (in.hasNext()) {
          Map<String, String> row = in.next();
          for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            BackupColumns.write(st, i + 1, types.get(c), row.get(c));
          }
          st.addBatch();
          if (++rows[0] % BATCH == 0) {
            st.executeBatch();
          }
        }
        st.executeBatch();
      }
    }
    return rows[0];
  }

  /** The tables, each after every table it refers to. */
  private static List<String> ordered(Connection con) throws SQLException {
    List<String> tables = LedgerBackup.tables(con);
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    for (String t : tables) {
      Set<String> p = new HashSet<>();
      try (ResultSet rs = con.getMetaData().getImportedKeys(null, con.getSchema(), t)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase();
          if (!parent.equals(t) && tables.contains(parent)) {
            p.add(parent);
          }
        }
      }
      parents.put(t, p);
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    while (out.size() < tables.size()) {
      int before = out.size();
      for (String t : tables) {
        if (!out.contains(t) && out.containsAll(parents.get(t))) {
          out.add(t);
        }
      }
      if (out.size() == before) {
        throw new IllegalStateException("the tables' foreign keys form a cycle");
      }
    }
    return List.copyOf(out);
  }

  private static long single(Connection con, String sql) throws SQLException {
    try (Statement st = con.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void update(Connection con, String sql) throws SQLException {
    try (Statement st = con.createStatement()) {
      st.executeUpdate(sql);
    }
  }
}
