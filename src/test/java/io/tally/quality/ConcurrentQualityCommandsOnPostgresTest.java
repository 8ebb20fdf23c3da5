package io.tally.quality;

import static io.tally.quality.QualityApi.BALL;
import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.Command;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import io.tally.quality.sampling.ProductionRate;
import io.tally.support.Postgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each quality command that checks the record before it appends, sent twice at the same moment by
 * two users, round after round on PostgreSQL: one takes effect and the other is refused naming the
 * field, so a lot is never decided, disposed of or released twice and a stream never switched
 * twice. Each round uses lots and a line of its own, so every race starts from the same state.
 */
@SpringBootTest
@ActiveProfiles("test")
// Closed after the class: each cached PostgreSQL context holds a pool of connections to the server.
@DirtiesContext
class ConcurrentQualityCommandsOnPostgresTest {
  static final int ROUNDS = 3;

  /** A stream's race needs seven or ten lots decided first: fewer rounds of it. */
  static final int STREAM_ROUNDS = 2;

  static final InspectionRequest REJECT_MAJOR =
      new InspectionRequest(
          List.of(
              new InspectionRequest.ClassResult("critical", 200, 0, null),
              new InspectionRequest.ClassResult("major", 125, 3, null),
              new InspectionRequest.ClassResult("minor", 125, 0, null)));

  static ExecutorService pool;

  @Autowired CommandExecutor commands;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;
  ExecutionFixture execution;

  @BeforeAll
  static void needsPostgres() {
    Postgres.assumeAvailable();
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopPool() {
    if (pool != null) {
      pool.shutdown();
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.register(registry);
  }

  @BeforeEach
  void setUp() {
    execution = new ExecutionFixture(ledger, tx);
  }

  @Test
  void aLotIsInspectedOnceAndItsConcessionAskedAndApprovedOnce() throws Exception {
    for (int round = 1; round <= ROUNDS; round++) {
      String lot = closed("RCP27H07" + round + "-001", "P" + round);
      var inspect = new LotCommands.Inspect(lot, REJECT_MAJOR);
      assertOneOf(race(qa(1), inspect, qa(2), inspect), "lot", "results[0].class");
      assertThat(count("InspectionRecorded", lot)).isEqualTo(3);
      assertThat(count("LotHeld", lot)).isEqualTo(1);

      var ask = new LotCommands.RequestConcession(lot, "cosmetic only");
      assertOneOf(race(qa(1), ask, qa(2), ask), "lot");
      assertThat(count("ConcessionRequested", lot)).isEqualTo(1);

      var approve = new LotCommands.ApproveConcession(lot);
      assertOneOf(race(qa(3), approve, qa(4), approve), "lot");
      assertThat(count("ConcessionApproved", lot)).isEqualTo(1);
      assertThat(count("LotReleased", lot)).isEqualTo(1);
    }
  }

  @Test
  void aHeldLotIsReworkedOrScrappedOnce() throws Exception {
    for (int round = 1; round <= ROUNDS; round++) {
      String twice = held("RCP27H08" + round + "-001", "R" + round);
      var rework = new LotCommands.Rework(twice, "re-crimp");
      assertOneOf(race(qa(1), rework, qa(2), rework), "lot");
      assertThat(count("LotReworked", twice)).isEqualTo(1);

      String either = held("RCP27H08" + round + "-002", "R" + round);
      assertOneOf(
          race(
              qa(1),
              new LotCommands.Rework(either, "re-crimp"),
              qa(2),
              new LotCommands.Scrap(either, "cases split")),
          "lot");
      assertThat(count("LotReworked", either) + count("LotScrapped", either)).isEqualTo(1);
    }
  }

  @Test
  void aDiscontinuedStreamResumesOnce() throws Exception {
    for (int round = 1; round <= STREAM_ROUNDS; round++) {
      String line = "T" + round;
      // Two rejections on normal tighten; five on tightened (Re 2) discontinue.
      for (int i = 1; i <= 7; i++) {
        String lot = closed("RCP27H09" + round + "-00" + i, line);
        commands.execute(qa(1), majorOnly(lot, i <= 2 ? 3 : 2));
      }
      var resume = new StreamCommands.RecordCorrectiveAction(major(line), "new crimp die");
      assertOneOf(race(qa(1), resume, qa(2), resume), "class");
      assertThat(count("CorrectiveActionRecorded", "\"line\":\"" + line + "\"")).isEqualTo(1);
    }
  }

  @Test
  void aStreamIsSwitchedToReducedOnce() throws Exception {
    for (int round = 1; round <= STREAM_ROUNDS; round++) {
      String line = "U" + round;
      // K at 0.65 has Ac 2; one step tighter Ac 1, so d = 0 adds 3 a lot: 30 after ten lots.
      for (int i = 1; i <= 10; i++) {
        String lot = closed(String.format("RCP27J10%d-%03d", round, i), line);
        commands.execute(qa(1), majorOnly(lot, 0));
      }
      var reduce = new StreamCommands.ApproveReduced(major(line), ProductionRate.STEADY);
      assertOneOf(race(qa(1), reduce, qa(2), reduce), "class");
      assertThat(count("ReducedInspectionApproved", "\"line\":\"" + line + "\"")).isEqualTo(1);
    }
  }

  private String closed(String lot, String line) {
    execution.closedLot(lot, BALL, line, 3000, 0);
    return lot;
  }

  private String held(String lot, String line) {
    commands.execute(qa(1), new LotCommands.Inspect(closed(lot, line), REJECT_MAJOR));
    return lot;
  }

  private static LotCommands.Inspect majorOnly(String lot, int d) {
    return new LotCommands.Inspect(
        lot,
        new InspectionRequest(List.of(new InspectionRequest.ClassResult("major", 125, d, null))));
  }

  private static StreamId major(String line) {
    return new StreamId(BALL, line, "major", "II", "0.65");
  }

  private static Actor qa(int i) {
    return new Actor("qa" + i);
  }

  /** Runs the two commands at once; each outcome is "done" or the field its refusal names. */
  private List<String> race(Actor a, Command<?> first, Actor b, Command<?> second)
      throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<String>> outcomes = new ArrayList<>();
    outcomes.add(pool.submit(() -> run(together, a, first)));
    outcomes.add(pool.submit(() -> run(together, b, second)));
    List<String> out = new ArrayList<>();
    for (Future<String> f : outcomes) {
      out.add(f.get(60, TimeUnit.SECONDS));
    }
    return out;
  }

  private String run(CyclicBarrier together, Actor actor, Command<?> command) throws Exception {
    together.await(30, TimeUnit.SECONDS);
    try {
      commands.execute(actor, command);
      return "done";
    } catch (CommandRejected refused) {
      return refused.field();
    }
  }

  private static void assertOneOf(List<String> outcomes, String... refusedFields) {
    assertThat(outcomes).containsOnlyOnce("done");
    assertThat(outcomes).filteredOn(o -> !o.equals("done")).isSubsetOf(List.of(refusedFields));
  }

  private long count(String type, String inPayload) {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = ? AND payload LIKE ?")
        .params(type, "%" + inPayload + "%")
        .query(Long.class)
        .single();
  }
}
