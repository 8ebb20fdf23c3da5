package io.tally.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.cli.TallyCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchedulingCommandsTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int tally(String... args) {
    return TallyCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void planRefusesABadOrdersFileWithExit2NamingRowAndColumn() throws IOException {
    Path csv = dir.resolve("orders.csv");
    Files.writeString(
        csv,
        "order,customer,product,quantity,due,priority\n"
            + "O-1,ARMY,762x39-BALL-SC,1000,2027-03-01,3\n"
            + "O-2,ARMY,762x39-BALL-SC,1000,2027-03-01,0\n");
    assertThat(tally("plan", "--orders", csv.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("row 3, column priority");
  }

  @Test
  void planPrintsJobsChangeoversMetricsAndTheEddBaselineAsJson() throws IOException {
    Path csv = dir.resolve("orders.csv");
    Files.writeString(
        csv,
        "order,customer,product,quantity,due,priority\n"
            + "O-1,ARMY,762x39-TRACER,60000,2027-02-10,3\n"
            + "O-2,POLICE,762x39-BLANK,30000,2027-02-10,1\n"
            + "O-3,LAW-ENF,762x39-TRACER,20000,2027-02-10,3\n");
    int code =
        tally(
            "plan",
            "--orders",
            csv.toString(),
            "--from",
            "2027-02-01",
            "--time-limit",
            "200ms",
            "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode doc = JsonMapper.builder().build().readTree(out.toString());
    // 60,000 tracer rounds at lot size 50,000: two jobs; three orders: four jobs in all.
    assertThat(doc.get("jobs")).hasSize(4);
    assertThat(doc.get("jobs").get(0).get("start").asString()).startsWith("2027-02-01T06:00");
    assertThat(doc.get("metrics").get("lateOrders").asInt()).isZero();
    assertThat(doc.get("baselineEdd").has("changeoverHours")).isTrue();
    assertThat(doc.get("metrics").get("lowerBound").has("tardinessHours")).isTrue();
  }
}
