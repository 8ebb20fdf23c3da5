package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark commands run by bench/run, outside the tally jar. */
class BenchTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int bench(String... args) {
    return Bench.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void benchLedgerMeasuresLedgerAppendsBesidePlainInsertsOnAScratchDatabase() {
    int code = bench("ledger", "--events", "20", "--writers", "1,2", "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode figures = JsonMapper.builder().build().readTree(out.toString()).get("figures");
    assertThat(figures).hasSize(6);
    assertThat(figures.get(0).get("what").asString()).isEqualTo("ledger append");
    assertThat(figures.get(1).get("what").asString()).isEqualTo("group commit append");
    assertThat(figures.get(2).get("what").asString()).isEqualTo("plain JDBC insert");
    assertThat(figures.get(5).get("writers").asInt()).isEqualTo(2);
    assertThat(figures.get(0).get("events").asLong()).isEqualTo(20);
  }

  @Test
  void benchOrdersPrintsTheRequestedNumberOfOrdersAsCsv() {
    assertThat(bench("orders", "--count", "5", "--year", "2027")).as(err.toString()).isZero();
    String[] rows = out.toString().strip().split("\n");
    assertThat(rows[0]).isEqualTo("order,customer,product,quantity,due,priority");
    assertThat(rows).hasSize(6);
  }

  @Test
  void benchOrdersRefusesANonPositiveCountWithExit2() {
    assertThat(bench("orders", "--count", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--count must be positive");
  }

  @Test
  void benchScheduleReportsMakespanGapAndSequencesAsJson() throws IOException {
    Path instances = Files.createDirectory(dir.resolve("instances"));
    Files.writeString(
        instances.resolve("tiny.txt"),
        "3 2 1\n2\n\t0\t5\t1\t9\n\t0\t4\t1\t2\n\t0\t7\t1\t3\nSSD\n"
            + "M0\n0\t1\t2\n3\t0\t4\n5\t6\t0\nM1\n0\t7\t8\n9\t0\t1\n2\t3\t0\n");
    Path bks = dir.resolve("bks.csv");
    Files.writeString(bks, "instance,bks\ntiny,6\n");
    int code =
        bench(
            "schedule",
            "--instances",
            instances.toString(),
            "--time-limit",
            "100ms",
            "--best-known",
            bks.toString(),
            "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode row = JsonMapper.builder().build().readTree(out.toString()).get("instances").get(0);
    assertThat(row.get("instance").asString()).isEqualTo("tiny");
    assertThat(row.get("makespan").asInt()).isEqualTo(6);
    assertThat(row.get("gapPercent").asDouble()).isEqualTo(0.0);
    assertThat(row.get("sequences").toString()).isEqualTo("[[0],[1,2]]");
  }

  @Test
  void benchScheduleRefusesABadInstanceWithExit2NamingFileAndLine() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "3 2 1\n2\n\t0\t5\t1\n");
    assertThat(bench("schedule", "--instances", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("bad.txt:3:");
  }
}
