package io.tally.ledger;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * Column values in a backup, as text that reads back the same on H2 and PostgreSQL: numbers as
 * plain decimals, times as ISO-8601 (with their offset where the column has one), bytes as base64,
 * everything else as the database's text. Null stays null.
 */
final class BackupColumns {
  private BackupColumns() {}

  static String read(ResultSet rs, int column, int sqlType, String typeName) throws SQLException {
    boolean zoned = typeName.toLowerCase().contains("tz") || typeName.contains("ZONE");
    Object value =
        switch (zoned ? Types.TIMESTAMP_WITH_TIMEZONE : sqlType) {
          case Types.BOOLEAN, Types.BIT -> rs.getBoolean(column);
          case Types.NUMERIC, Types.DECIMAL -> {
            BigDecimal d = rs.getBigDecimal(column);
            yield d == null ? null : d.toPlainString();
          }
          case Types.DATE -> rs.getObject(column, LocalDate.class);
          case Types.TIME -> rs.getObject(column, LocalTime.class);
          case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
          case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(column, OffsetDateTime.class);
          case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
            byte[] b = rs.getBytes(column);
            yield b == null ? null : Base64.getEncoder().encodeToString(b);
          }
          default -> rs.getString(column);
        };
    return rs.wasNull() || value == null ? null : value.toString();
  }

  static void write(PreparedStatement st, int index, int sqlType, String value)
      throws SQLException {
    if (value == null) {
      st.setNull(index, sqlType);
      return;
    }
    switch (sqlType) {
      case Types.BOOLEAN, Types.BIT -> st.setBoolean(index, Boolean.parseBoolean(value));
      case Types.BIGINT -> st.setLong(index, Long.parseLong(value));
      case Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
          st.setInt(index, Integer.parseInt(value));
      case Types.NUMERIC, Types.DECIMAL -> st.setBigDecimal(index, new BigDecimal(value));
      case Types.DOUBLE, Types.FLOAT -> st.setDouble(index, Double.parseDouble(value));
      case Types.REAL -> st.setFloat(index, Float.parseFloat(value));
      case Types.DATE -> st.setObject(index, LocalDate.parse(value));
      case Types.TIME -> st.setObject(index, LocalTime.parse(value));
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
          // PostgreSQL's driver calls a timestamptz column TIMESTAMP: the text says which it is.
          st.setObject(
              index,
              value.matches(".*([+-][0-9]{2}:[0-9]{2}|Z)$")
                  ? OffsetDateTime.parse(value)
                  : LocalDateTime.parse(value));
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
          st.setBytes(index, Base64.getDecoder().decode(value));
      case Types.OTHER -> st.setObject(index, value, Types.OTHER);
      default -> st.setString(index, value);
    }
  }
}
