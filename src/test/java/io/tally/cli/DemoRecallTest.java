package io.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.tally.cli.DemoCommandTest.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A demo of 64 days holds a component lot, recalls it from every customer it reached (each
 * acknowledges), scraps a customer return, and still verifies and reconciles; `tally recall` shows
 * the closed recall, in text and as JSON.
 */
class DemoRecallTest {
  @TempDir Path dir;
  String oldDataDir;

  @BeforeEach
  void dataDir() {
    oldDataDir = System.getProperty("tally.data-dir");
    System.setProperty("tally.data-dir", dir.toString());
  }

  @AfterEach
  void restore() {
    if (oldDataDir == null) {
      System.clearProperty("tally.data-dir");
    } else {
      System.setProperty("tally.data-dir", oldDataDir);
    }
  }

  @Test
  void aLongDemoRecallsAComponentLotAndStillReconciles() {
    Run demo =
        DemoCommandTest.tally(
            "demo", "--days", "64", "--until", "2026-11-25T23:30:00Z", "--seed", "7");
    assertThat(demo.status()).as(demo.err()).isZero();
    String recall;
    try (var ctx = SpringLauncher.data()) {
      JdbcClient jdbc = ctx.getBean(JdbcClient.class);
      recall = jdbc.sql("SELECT id FROM recall").query(String.class).single();
      assertThat(jdbc.sql("SELECT status FROM recall").query(String.class).single())
          .isEqualTo("CLOSED");
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM recall_customer WHERE acknowledged_on IS NULL")
                  .query(Long.class)
                  .single())
          .isZero();
      assertThat(jdbc.sql("SELECT status FROM customer_return").query(String.class).list())
          .containsExactly("SCRAPPED");
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM hold WHERE status = 'ACTIVE'")
                  .query(Long.class)
                  .single())
          .isZero();
    }
    assertThat(DemoCommandTest.tally("ledger", "verify").status()).isZero();
    Run reconcile = DemoCommandTest.tally("reconcile");
    assertThat(reconcile.status()).as(reconcile.out()).isZero();

    Run shown = DemoCommandTest.tally("recall", "show", recall);
    assertThat(shown.status()).as(shown.err()).isZero();
    assertThat(shown.out()).contains(recall, "CLOSED", "acknowledged");
    Run json = DemoCommandTest.tally("recall", "show", recall, "--json");
    assertThat(JsonPath.<String>read(json.out(), "$.status")).isEqualTo("CLOSED");
    assertThat(JsonPath.<List<String>>read(json.out(), "$.customers[*].acknowledgedBy"))
        .isNotEmpty()
        .doesNotContainNull();
    Run missing = DemoCommandTest.tally("recall", "show", "RC-NONE");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("RC-NONE");
    assertThat(DemoCommandTest.tally("recall", "list").out()).contains(recall);
  }
}
