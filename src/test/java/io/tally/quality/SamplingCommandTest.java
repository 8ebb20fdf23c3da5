package io.tally.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.cli.TallyCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code tally sampling plan}: output, JSON keys and exit status 2 naming a refused argument. */
class SamplingCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int tally(String... args) {
    return TallyCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void printsLetterPlanLetterSampleSizeAndAcRe() {
    assertThat(
            tally(
                "sampling",
                "plan",
                "--lot-size",
                "20",
                "--level",
                "I",
                "--aql",
                "1.5",
                "--severity",
                "normal"))
        .isZero();
    assertThat(out.toString())
        .contains("Lot 20, level I, AQL 1.5, normal inspection (Z1.4-2003 single sampling)")
        .contains("Code letter (Table I)  B")
        .contains("Plan found at          D")
        .contains("Sample size n          8\n")
        .contains("Accept (Ac)            0")
        .contains("Reject (Re)            1");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void jsonHasExactlyTheAgreedKeys() {
    assertThat(
            tally(
                "sampling",
                "plan",
                "--lot-size",
                "700000",
                "--level",
                "III",
                "--aql",
                "0.025",
                "--severity",
                "tightened",
                "--json"))
        .isZero();
    assertThat(out.toString().replaceAll("\\s", ""))
        .isEqualTo(
            "{\"letter\":\"R\",\"planLetter\":\"S\",\"n\":3150,\"ac\":1,\"re\":2,"
                + "\"fullInspection\":false}");
  }

  @Test
  void sampleReachingTheLotSizeIsShownAsFullInspection() {
    assertThat(tally("sampling", "plan", "--lot-size", "5", "--aql", "10", "--json")).isZero();
    assertThat(out.toString().replaceAll("\\s", ""))
        .isEqualTo(
            "{\"letter\":\"A\",\"planLetter\":\"C\",\"n\":5,\"ac\":1,\"re\":2,"
                + "\"fullInspection\":true}");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "--aql,      0.3,    '--aql: AQL 0.3 is not in the preferred series'",
    "--aql,      25,     '--aql: AQL 25 is in the preferred series but beyond the tables'",
    "--level,    IV,     '--level: inspection level ''IV'' is unknown'",
    "--severity, strict, '--severity: severity ''strict'' is unknown'",
    "--lot-size, 1,      '--lot-size: lot size must be at least 2, was 1'",
    "--lot-size, many,   'Invalid value for option ''--lot-size'''",
  })
  void badArgumentExitsTwoNamingIt(String option, String value, String message) {
    Map<String, String> options = new LinkedHashMap<>(Map.of("--lot-size", "1000", "--aql", "1.0"));
    options.put(option, value);
    List<String> args = new ArrayList<>(List.of("sampling", "plan"));
    options.forEach((name, v) -> args.addAll(List.of(name, v)));
    assertThat(tally(args.toArray(String[]::new))).isEqualTo(2);
    assertThat(err.toString())
        .contains(message)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingAqlExitsTwo() {
    assertThat(tally("sampling", "plan", "--lot-size", "1000")).isEqualTo(2);
    assertThat(err.toString()).contains("--aql");
  }
}
