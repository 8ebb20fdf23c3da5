package io.tally.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden ledger: every entry, signed head and the signing key pair of a ledger made by {@code
 * TALLY_DATA_DIR=... ./tally demo --days 30 --seed 1} on commit d4c1199 (before events became
 * records), with the row count of each table of that database. How it was made:
 * src/test/resources/golden/README.md.
 */
public final class GoldenLedger {
  private static final String DIR = "/golden/";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private GoldenLedger() {}

  /** An entry exactly as the demo stored it; {@code payload} is the stored canonical JSON. */
  public record Entry(
      long seq,
      long epochMillis,
      String actor,
      String type,
      Long corrects,
      String payload,
      String prevHash,
      String hash) {}

  /** A signed head exactly as the demo stored it. */
  public record Head(long seq, String hash, long epochMillis, String keyId, String signature) {}

  public static List<Entry> entries() {
    try (InputStream in = new GZIPInputStream(open("ledger-entries.jsonl.gz"))) {
      return lines(new String(in.readAllBytes(), StandardCharsets.UTF_8), Entry.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Head> heads() {
    return lines(text("signed-heads.jsonl"), Head.class);
  }

  /** Rows per table in the demo's database after the demo ended. */
  public static Map<String, Long> tableRows() {
    return JSON.readValue(text("table-rows.json"), new TypeReference<Map<String, Long>>() {});
  }

  /** Copies the demo's key pair into a new folder, for the ledger to verify the heads with. */
  public static Path keyDir() {
    try {
      Path dir = Files.createTempDirectory("tally-golden-keys");
      for (String name : List.of("ledger-ed25519.key", "ledger-ed25519.pub")) {
        try (InputStream in = open(name)) {
          Files.copy(in, dir.resolve(name));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> lines(String text, Class<T> type) {
    return text.lines().filter(l -> !l.isBlank()).map(l -> JSON.readValue(l, type)).toList();
  }

  private static String text(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = GoldenLedger.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("the golden ledger fixture has no " + name);
    }
    return in;
  }
}
