package io.tally.twin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.cli.TallyCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tally simulate} as a user runs it. */
class SimulateCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return TallyCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void printsTheForecastAsJsonWithTheDocumentedKeys() {
    int status =
        run(
            "simulate",
            "--plant",
            "bench/anchor-plant.yaml",
            "--replications",
            "20",
            "--start",
            "2029-01-01",
            "--json");
    assertThat(status).isZero();
    String json = out.toString();
    assertThat(json)
        .contains("\"replications\": 20")
        .contains("\"output\": {")
        .contains("\"mean\": 13")
        .contains("\"ci95\": [")
        .contains("\"quantiles\": {")
        .contains("\"pTarget\": 0,")
        .contains("\"id\": \"L4\"")
        .contains("\"utilisation\": 0.8")
        .contains("\"availability\": 0.9");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void comparesAScenarioWithTheBaseline() throws Exception {
    Path scenario = dir.resolve("mttr.yaml");
    Files.writeString(
        scenario,
        "name: faster repairs\nchanges:\n  - reliability: { line: L1, mttrHours: 0.25 }\n");
    int status =
        run(
            "simulate",
            "--plant",
            "bench/anchor-plant.yaml",
            "--scenario",
            scenario.toString(),
            "--replications",
            "10",
            "--start",
            "2029-01-01");
    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("scenario 'faster repairs'")
        .contains("scenario - baseline = +")
        .contains("common random numbers");
  }

  @Test
  void refusesABadScenarioFileWithFileLineAndField() throws Exception {
    Path scenario = dir.resolve("bad.yaml");
    Files.writeString(scenario, "changes:\n  - reliability: { line: L1, mttrHours: -3 }\n");
    int status = run("simulate", "--scenario", scenario.toString(), "--replications", "2");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .contains("bad.yaml:2: changes[0].reliability: MTBF and MTTR must be positive")
        .doesNotContain("Exception");
  }

  @Test
  void refusesTooFewReplications() {
    assertThat(run("simulate", "--replications", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("--replications must be 2 to 10,000,000, got 1");
  }

  @Test
  void anUnknownOptionPointsAtTheCommandsHelp() {
    assertThat(run("simulate", "--no-such-option")).isEqualTo(2);
    assertThat(err.toString())
        .contains("Unknown option: '--no-such-option'")
        .contains("Try 'tally simulate --help'.");
  }

  /**
   * The fast path of the speed anchor: {@code tally simulate} runs in a JVM whose class path holds
   * only Tally's classes, picocli and SnakeYAML, as the launcher script starts it (no Spring).
   */
  @Test
  void runsWithoutSpringOnTheClassPath() throws Exception {
    Process p =
        withoutSpring(
            "simulate",
            "--plant",
            "bench/anchor-plant.yaml",
            "--replications",
            "4",
            "--threads",
            "1",
            "--start",
            "2029-01-01",
            "--json");
    String printed = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(printed).isZero();
    assertThat(printed).contains("\"replications\": 4").contains("\"plant\": \"ANCHOR\"");
  }

  @Test
  void refusesBadInputWithoutSpringAndWithoutAStackTrace() throws Exception {
    Process p = withoutSpring("simulate", "--bogus");
    String printed = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(printed).isEqualTo(2);
    assertThat(printed)
        .contains("Unknown option: '--bogus'")
        .contains("tally simulate --help")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  /** {@code tally ARGS} in a JVM with only Tally's classes, picocli and SnakeYAML (as ./tally). */
  private static Process withoutSpring(String... args) throws java.io.IOException {
    String sep = java.io.File.pathSeparator;
    StringBuilder cp = new StringBuilder(Path.of("target/classes").toAbsolutePath().toString());
    for (String e : System.getProperty("java.class.path").split(sep)) {
      String name = Path.of(e).getFileName().toString();
      if (name.startsWith("picocli-") || name.startsWith("snakeyaml-")) {
        cp.append(sep).append(e);
      }
    }
    assertThat(cp.toString()).contains("picocli-").contains("snakeyaml-");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>();
    command.addAll(List.of(java.toString(), "-cp", cp.toString(), "io.tally.cli.Tally"));
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
    b.environment().put("LANG", "C");
    b.environment().remove("TALLY_LOCALE");
    return b.start();
  }
}
