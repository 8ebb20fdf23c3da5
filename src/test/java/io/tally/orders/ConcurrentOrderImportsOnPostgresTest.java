package io.tally.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.LedgerEntries;
import io.tally.support.Postgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two planners import the same order at the same moment, again and again: each time the order is
 * recorded once and the other import refused, because the import checks the order under the ledger
 * lock the command path holds; the authorisation reserves its quantity once.
 */
@SpringBootTest
@ActiveProfiles("test")
// Closed after the class: each cached PostgreSQL context holds a pool of connections to the server.
@DirtiesContext
class ConcurrentOrderImportsOnPostgresTest {
  static final int ROUNDS = 8;
  static final Actor PLANNER = new Actor("planner");

  @BeforeAll
  static void needsPostgres() {
    Postgres.assumeAvailable();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.register(registry);
  }

  @Autowired CommandExecutor commands;
  @Autowired Orders orders;
  @Autowired Authorisations authorisations;
  @Autowired JdbcClient jdbc;
  @Autowired LedgerEntries entries;

  @Test
  void twoImportsOfOneOrderAtOnceRecordItOnceAndRefuseTheOther() throws Exception {
    commands.execute(
        PLANNER,
        new AuthorisationRequest(
            "A-RACE",
            "ARMY",
            "762x39-BALL-SC",
            1_000_000L,
            LocalDate.of(2045, 1, 1),
            LocalDate.of(2045, 12, 31),
            "RACE-1"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String csv =
            "order,customer,product,quantity,due,priority\nRACE-"
                + round
                + ",ARMY,762x39-BALL-SC,1000,2045-06-30,2\n";
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Boolean>> imports = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
          imports.add(pool.submit(() -> importOnce(csv, together)));
        }
        int recorded = 0;
        for (Future<Boolean> i : imports) {
          recorded += i.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(recorded).as("imports recorded in round " + round).isEqualTo(1);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            entries.page(1, 1000, "OrderRecorded").stream()
                .filter(e -> e.payload().text("order").startsWith("RACE-"))
                .count())
        .isEqualTo(ROUNDS);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM customer_order WHERE id LIKE 'RACE-%'")
                .query(Long.class)
                .single())
        .isEqualTo(ROUNDS);
    assertThat(authorisations.find("A-RACE").orElseThrow().ordered()).isEqualTo(ROUNDS * 1_000L);
  }

  /** Whether this import recorded the order; a refusal must name the order that exists. */
  private boolean importOnce(String csv, CyclicBarrier together) throws Exception {
    together.await(30, TimeUnit.SECONDS);
    try {
      commands.execute(PLANNER, orders.read("race.csv", csv));
      return true;
    } catch (CommandRejected refused) {
      assertThat(refused.getMessage()).contains("exists already");
      return false;
    }
  }
}
