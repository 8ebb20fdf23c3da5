package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.support.Postgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@ActiveProfiles("test")
class LedgerOnPostgresTest extends LedgerContract {
  @BeforeAll
  static void needsPostgres() {
    Postgres.assumeAvailable();
  }

  @Autowired DataSource dataSource;

  @Override
  void asInsider(Runnable edit) {
    jdbc.sql("ALTER TABLE ledger_entry DISABLE TRIGGER USER").update();
    try {
      edit.run();
    } finally {
      jdbc.sql("ALTER TABLE ledger_entry ENABLE TRIGGER USER").update();
    }
  }

  @Test
  void theDatabaseRefusesUpdateDeleteAndTruncateOfTheLedger() {
    append("TestCounted", Map.of("good", 1));
    for (String sql :
        List.of(
            "UPDATE ledger_entry SET actor = 'x'",
            "DELETE FROM ledger_entry",
            "TRUNCATE ledger_entry",
            "DELETE FROM ledger_signed_head",
            "TRUNCATE ledger_checkpoint CASCADE")) {
      assertThatThrownBy(() -> jdbc.sql(sql).update())
          .as(sql)
          .hasStackTraceContaining("the ledger is append-only");
    }
  }

  /** The grants of the README: an application role may append and read, an auditor only read. */
  @Test
  void anApplicationRoleCannotUpdateAndAnAuditorCanOnlyRead() throws Exception {
    append("TestCounted", Map.of("good", 1));
    String suffix = Long.toString(System.nanoTime(), 36);
    String app = "tally_app_" + suffix;
    String auditor = "tally_auditor_" + suffix;
    String ledgerTables = "ledger_entry, ledger_signed_head, ledger_checkpoint";
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + app);
      s.execute("CREATE ROLE " + auditor);
      try {
        s.execute("GRANT SELECT, INSERT ON " + ledgerTables + " TO " + app);
        s.execute("GRANT SELECT ON " + ledgerTables + ", ledger_head TO " + auditor);
        s.execute("SET ROLE " + app);
        assertThat(count(s, "SELECT COUNT(*) FROM ledger_entry")).isPositive();
        assertThatThrownBy(() -> s.execute("UPDATE ledger_entry SET actor = 'x'"))
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> s.execute("DELETE FROM ledger_checkpoint"))
            .hasMessageContaining("permission denied");
        s.execute("RESET ROLE");
        s.execute("SET ROLE " + auditor);
        assertThat(count(s, "SELECT COUNT(*) FROM ledger_signed_head")).isNotNegative();
        assertThatThrownBy(
                () -> s.execute("INSERT INTO ledger_checkpoint VALUES (999999, 'x', 'x', 0)"))
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> s.execute("UPDATE ledger_head SET seq = 0"))
            .hasMessageContaining("permission denied");
      } finally {
        s.execute("RESET ROLE");
        s.execute("DROP OWNED BY " + app + ", " + auditor);
        s.execute("DROP ROLE " + app);
        s.execute("DROP ROLE " + auditor);
      }
    }
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.register(registry);
  }
}
