package io.tally.ledger;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.core.type.TypeReference;

/** A backup archive opened for reading: its manifest, its newest checkpoint, its tables' rows. */
final class BackupArchive implements Closeable {
  private static final TypeReference<List<String>> ROW = new TypeReference<>() {};

  private final Path path;
  private final ZipFile zip;
  private final BackupManifest manifest;

  BackupArchive(Path path) {
    this.path = path;
    try {
      this.zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(path + ": not a Tally backup (" + e.getMessage() + ")");
    }
    ZipEntry m = zip.getEntry(BackupManifest.MANIFEST);
    if (m == null) {
      close();
      throw new IllegalArgumentException(path + ": not a Tally backup (no manifest.json)");
    }
    try (var in = zip.getInputStream(m)) {
      this.manifest = LedgerBackup.JSON.readValue(in, BackupManifest.class);
    } catch (IOException | RuntimeException e) {
      close();
      throw new IllegalArgumentException(path + ": manifest.json does not read: " + e.getMessage());
    }
    if (!BackupManifest.FORMAT.equals(manifest.format())) {
      close();
      throw new IllegalArgumentException(
          path + ": format " + manifest.format() + ", this Tally reads " + BackupManifest.FORMAT);
    }
  }

  BackupManifest manifest() {
    return manifest;
  }

  Optional<String> checkpoint() {
    ZipEntry e = zip.getEntry(BackupManifest.CHECKPOINT);
    if (e == null) {
      return Optional.empty();
    }
    try (var in = zip.getInputStream(e)) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  boolean has(String table) {
    return zip.getEntry(BackupManifest.tableEntry(table)) != null;
  }

  /** The table's column names, then each row as a map of column to text, in order. */
  void rows(String table, Consumer<List<String>> header, Consumer<Map<String, String>> row) {
    try (Rows rows = open(table)) {
      header.accept(rows.columns);
      while (rows.hasNext()) {
        row.accept(rows.next());
      }
    }
  }

  Rows open(String table) {
    ZipEntry e = zip.getEntry(BackupManifest.tableEntry(table));
    if (e == null) {
      throw new IllegalArgumentException(path + ": the archive has no table " + table);
    }
    try {
      return new Rows(
          table,
          new BufferedReader(new InputStreamReader(zip.getInputStream(e), StandardCharsets.UTF_8)));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table's rows as they stream out of the archive. */
  final class Rows implements Iterator<Map<String, String>>, Closeable {
    final List<String> columns;
    private final String table;
    private final BufferedReader reader;
    private String next;
    private long line = 1;

    Rows(String table, BufferedReader reader) throws IOException {
      this.table = table;
      this.reader = reader;
      String first = reader.readLine();
      if (first == null) {
        throw new IllegalArgumentException(path + ": table " + table + " has no header");
      }
      this.columns = LedgerBackup.JSON.readValue(first, ROW);
      this.next = reader.readLine();
    }

    @Override
    public boolean hasNext() {
      return next != null && !next.isEmpty();
    }

    @Override
    public Map<String, String> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      line++;
      List<String> values;
      try {
        values = LedgerBackup.JSON.readValue(next, ROW);
        next = reader.readLine();
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(
            path + ": " + BackupManifest.tableEntry(table) + " line " + line + " does not read");
      }
      if (values.size() != columns.size()) {
        throw new IllegalArgumentException(
            path
                + ": "
                + BackupManifest.tableEntry(table)
                + " line "
                + line
                + " has "
                + values.size()
                + " values for "
                + columns.size()
                + " columns");
      }
      Map<String, String> row = new TreeMap<>();
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i), values.get(i));
      }
      return row;
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
