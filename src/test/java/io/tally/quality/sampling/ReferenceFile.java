package io.tally.quality.sampling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The project's reference file on acceptance sampling, a copy of {@code quality-sampling.md} (the
 * project reference notes) kept in {@code src/test/resources/reference} so that a fresh clone
 * carries its own test vectors. Its tables come from ISO 2859-1:1999 / ANSI/ASQ Z1.4-2003 (Tables
 * I, II-A, II-B, II-C and the switching rules) as transcribed there.
 */
final class ReferenceFile {
  static final String RESOURCE = "/reference/quality-sampling.md";

  private final List<String> lines;

  private ReferenceFile(List<String> lines) {
    this.lines = lines;
  }

  static ReferenceFile load() {
    try (InputStream in = ReferenceFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new AssertionError("test resource " + RESOURCE + " is missing");
      }
      return new ReferenceFile(
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * The body rows of the first Markdown table after the first line containing {@code marker}: the
   * header and separator are skipped, cells trimmed.
   */
  List<List<String>> tableAfter(String marker) {
    int at = 0;
    while (at < lines.size() && !lines.get(at).contains(marker)) {
      at++;
    }
    if (at == lines.size()) {
      throw new AssertionError("reference file has no '" + marker + "'");
    }
    while (at < lines.size() && !lines.get(at).startsWith("|")) {
      at++;
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      rows.add(cells(lines.get(i)));
    }
    return rows;
  }

  /** The header row of the same table, for reading its column names. */
  List<String> headerAfter(String marker) {
    int at = 0;
    while (!lines.get(at).contains(marker)) {
      at++;
    }
    while (!lines.get(at).startsWith("|")) {
      at++;
    }
    return cells(lines.get(at));
  }

  private static List<String> cells(String row) {
    String inner = row.trim();
    inner = inner.substring(1, inner.length() - 1);
    return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
  }

  /** A lot size as the file prints it, with thousands separators: {@code 1,201}. */
  static long number(String text) {
    return Long.parseLong(text.replace(",", "").trim());
  }

  /**
   * The smallest and largest lot size of a band such as {@code 1,201–3,200} or {@code 500,001 and
   * over}.
   */
  static long[] band(String text) {
    if (text.endsWith("and over")) {
      return new long[] {number(text.replace("and over", "")), Long.MAX_VALUE};
    }
    String[] ends = text.split("[–-]");
    return new long[] {number(ends[0]), number(ends[1])};
  }
}
