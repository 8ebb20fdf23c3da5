package io.tally.plant;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.plant.model.LineId;
import io.tally.plant.model.LineState;
import io.tally.support.Postgres;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two admins move the same line to the same state at the same moment, again and again: each time
 * exactly one move is recorded and the other is refused, because the state is checked under the
 * ledger lock; the ledger's moves of the line form one unbroken chain of states.
 */
@SpringBootTest
@ActiveProfiles("test")
// Closed after the class: each cached PostgreSQL context holds a pool of connections to the server.
@DirtiesContext
class ConcurrentLineTransitionsOnPostgresTest {
  static final LineId LINE = new LineId("L4");
  static final int ROUNDS = 10;

  @BeforeAll
  static void needsPostgres() {
    Postgres.assumeAvailable();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.register(registry);
  }

  @Autowired Lines lines;
  @Autowired CommandExecutor commands;
  @Autowired LedgerEntries entries;

  @Test
  void twoMovesOfOneLineAtOnceAreRecordedOnceAndTheOtherRefused() throws Exception {
    assertThat(lines.stateOf(LINE)).isEqualTo(LineState.OPERATING);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String to = round % 2 == 0 ? "under-maintenance" : "operating";
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Boolean>> moves = new ArrayList<>();
        for (String admin : List.of("admin.one", "admin.two")) {
          moves.add(pool.submit(() -> move(admin, to, together)));
        }
        int recorded = 0;
        for (Future<Boolean> m : moves) {
          recorded += m.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(recorded).as("moves to " + to + " recorded in round " + round).isEqualTo(1);
      }
    } finally {
      pool.shutdown();
    }
    List<LedgerEntry> moves =
        entries.page(1, 1000, "LineStateChanged").stream()
            .filter(e -> e.payload().text("line").equals(LINE.value()))
            .toList();
    assertThat(moves).hasSize(ROUNDS);
    String state = LineState.OPERATING.name();
    for (LedgerEntry m : moves) {
      assertThat(m.payload().text("from")).isEqualTo(state);
      state = m.payload().text("to");
    }
    assertThat(lines.stateOf(LINE)).isEqualTo(LineState.OPERATING);
  }

  /** Whether this admin's move was recorded; a refusal must be the conflict naming the state. */
  private boolean move(String admin, String to, CyclicBarrier together) throws Exception {
    together.await(30, TimeUnit.SECONDS);
    try {
      commands.execute(
          new Actor(admin),
          new PlantCommands.Transition(
              LINE.value(), new LineTransitionRequest(to, "concurrency test")));
      return true;
    } catch (CommandRejected refused) {
      assertThat(refused.getMessage()).contains("line L4 is " + to);
      return false;
    }
  }
}
