package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two warehouse users reaching for the same rounds at once: one gets them, one is refused. */
class ConcurrentShipmentsTest extends TraceabilityApiSupport {
  @Test
  void theSameRoundsAreNeverPromisedTwiceUnderConcurrency() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 100_000);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String id = "SH-C" + i + "-" + lot;
      Callable<String> task =
          () -> {
            start.await();
            try {
              executor.execute(
                  new Actor("wh-" + id.toLowerCase().replace('-', '.').substring(0, 10)),
                  new ShipmentRequest(
                      id,
                      "ARMY",
                      auth,
                      List.of(new ShipmentRequest.Line(lot, 4_000L, "FG", null))));
              return "created";
            } catch (CommandRejected e) {
              return e.field() + ": " + e.getMessage();
            }
          };
      results.add(pool.submit(task));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> f : results) {
      outcomes.add(f.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.equals("created"))
        .hasSize(3)
        .allSatisfy(o -> assertThat(o).startsWith("lines[0].quantity: ").contains("has 2000"));
    assertThat(authorisations.find(auth).orElseThrow().used()).isEqualTo(4_000);
  }
}
