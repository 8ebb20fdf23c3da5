package io.tally.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.LedgerVerification;
import io.tally.ledger.Replay;
import io.tally.ledger.ReplayReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Eight clients report counts on the same lot at the same moment: the lot's total is the sum of the
 * acknowledged increments, each acknowledged report is one ledger entry (a resent one included),
 * the chain verifies and replay matches (and names a row changed behind Tally's back). Run on H2
 * and PostgreSQL by the subclasses.
 */
abstract class ConcurrentCountsContract {
  static final int CLIENTS = 8;
  static final int REPORTS = 25;

  @Autowired CommandExecutor executor;
  @Autowired ExecutionQueries queries;
  @Autowired LedgerVerification verification;
  @Autowired Replay replay;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  record Acked(long good, long scrap, int reports) {}

  @Test
  void eightClientsReportingOnOneLotAtOnceLoseAndDoubleNothing() throws Exception {
    Actor admin = new Actor("admin");
    queries
        .openRun(new io.tally.plant.model.LineId("L2"))
        .ifPresent(r -> executor.execute(admin, RunCommands.End.of(r.run())));
    RunView run = executor.execute(admin, new StartRunRequest("L2", "762x39-BALL-SC", null));
    String lot = run.currentLot();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Acked>> futures = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      futures.add(pool.submit(() -> client(client, run.run(), go)));
    }
    go.countDown();
    long good = 0;
    long scrap = 0;
    int reports = 0;
    for (Future<Acked> f : futures) {
      Acked a = f.get(120, TimeUnit.SECONDS);
      good += a.good();
      scrap += a.scrap();
      reports += a.reports();
    }
    pool.shutdown();

    assertThat(reports).isEqualTo(CLIENTS * REPORTS);
    ProductionLotView after = queries.lot(lot).orElseThrow();
    assertThat(after.good()).isEqualTo(good);
    assertThat(after.scrap()).isEqualTo(scrap);
    assertThat(queries.run(run.run()).orElseThrow().good()).isEqualTo(good);
    assertThat(verification.verify().intact()).isTrue();
    ReplayReport r = replay.run();
    assertThat(r.differences()).isEmpty();

    long scrapBooked = scrap;
    jdbc.sql("UPDATE production_lot SET scrap = scrap + 7 WHERE lot = ?").param(lot).update();
    try {
      assertThat(replay.run().differences())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.table()).isEqualTo("production_lot");
                assertThat(d.key()).isEqualTo("lot=" + lot);
                assertThat(d.live()).containsEntry("scrap", String.valueOf(scrapBooked + 7));
                assertThat(d.replayed()).containsEntry("scrap", String.valueOf(scrapBooked));
              });
    } finally {
      jdbc.sql("UPDATE production_lot SET scrap = scrap - 7 WHERE lot = ?").param(lot).update();
    }
  }

  private Acked client(int client, String run, CountDownLatch go) throws InterruptedException {
    Actor op = new Actor("op.client" + client);
    Random random = new Random(1000 + client);
    go.await();
    long good = 0;
    long scrap = 0;
    int acked = 0;
    for (int i = 0; i < REPORTS; i++) {
      long g = 1 + random.nextInt(400);
      long s = random.nextInt(4);
      String key = "client-" + client + "-" + i;
      CountAck ack =
          executor.execute(
              op,
              new IdempotencyKey(key),
              CountCommands.Report.of(new IdempotencyKey(key), run, new CountRequest(g, s)));
      if (i % 5 == 0) {
        // The client lost the answer and sends the same report again: booked once.
        assertThat(
                executor.execute(
                    op,
                    new IdempotencyKey(key),
                    CountCommands.Report.of(new IdempotencyKey(key), run, new CountRequest(g, s))))
            .isEqualTo(ack);
      }
      good += g;
      scrap += s;
      acked++;
    }
    return new Acked(good, scrap, acked);
  }
}
