package io.tally.quality;

import static io.tally.quality.QualityApi.BALL;
import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Inspectors recording the same class of a lot at the same moment: one decision, not two. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConcurrentInspectionTest {
  static final int INSPECTORS = 4;
  @Autowired CommandExecutor commands;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  @Test
  void oneOfSeveralSimultaneousDecisionsOnAClassIsRecordedAndTheOthersRefused() throws Exception {
    new ExecutionFixture(ledger, tx).closedLot("RCP27K101-001", BALL, "K1", 3000, 0);
    var request =
        new InspectionRequest(List.of(new InspectionRequest.ClassResult("major", 125, 0, null)));
    CyclicBarrier start = new CyclicBarrier(INSPECTORS);
    ExecutorService pool = Executors.newFixedThreadPool(INSPECTORS);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < INSPECTORS; i++) {
      Actor inspector = new Actor("qa" + i);
      outcomes.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  commands.execute(inspector, new LotCommands.Inspect("RCP27K101-001", request));
                  return "recorded";
                } catch (CommandRejected e) {
                  return e.field();
                }
              }));
    }
    List<String> results = new ArrayList<>();
    for (Future<String> f : outcomes) {
      results.add(f.get());
    }
    pool.shutdown();
    assertThat(results).containsOnlyOnce("recorded");
    assertThat(results).filteredOn(r -> !r.equals("recorded")).containsOnly("results[0].class");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM ledger_entry WHERE type = 'InspectionRecorded'"
                        + " AND payload LIKE '%RCP27K101-001%'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
