package io.tally.ledger;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of one table, keyed by primary key (or by the whole row when it has none), each value as
 * text, so two snapshots read through the same connection compare exactly.
 */
record TableSnapshot(String table, TreeMap<String, Map<String, String>> rows) {

  static TableSnapshot read(Connection con, String table) throws SQLException {
    List<String> keyColumns = primaryKey(con, table);
    TreeMap<String, Map<String, String>> rows = new TreeMap<>();
    try (Statement st = con.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          Object v = rs.getObject(i);
          row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), v == null ? null : text(v));
        }
        String key = key(row, keyColumns);
        String unique = key;
        for (int n = 2; rows.containsKey(unique); n++) {
          unique = key + "#" + n;
        }
        rows.put(unique, row);
      }
    }
    return new TableSnapshot(table, rows);
  }

  private static String text(Object v) {
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant().toString();
    }
    if (v instanceof java.time.OffsetDateTime t) {
      return t.toInstant().toString();
    }
    return v.toString();
  }

  private static String key(Map<String, String> row, List<String> keyColumns) {
    if (keyColumns.isEmpty()) {
      return row.toString();
    }
    List<String> parts = new ArrayList<>();
    for (String c : keyColumns) {
      parts.add(c + "=" + row.get(c));
    }
    return String.join(",", parts);
  }

  private static List<String> primaryKey(Connection con, String table) throws SQLException {
    DatabaseMetaData md = con.getMetaData();
    TreeMap<Short, String> columns = new TreeMap<>();
    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs = md.getPrimaryKeys(null, null, name)) {
        while (rs.next()) {
          columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      if (!columns.isEmpty()) {
        break;
      }
    }
    return List.copyOf(columns.values());
  }
}
