package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.tally.ledger.LedgerLock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pages and GET endpoints read committed projections without the ledger's lock: while another
 * transaction holds the lock (as a long batch of commands would), the overview, a line page, the
 * lines, runs, KPIs and the ledger's entries are all answered, well before the lock is let go.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReadsWithoutTheLedgerLockTest {
  @Autowired MockMvc mvc;
  @Autowired LedgerLock lock;
  @Autowired TransactionTemplate tx;

  @Test
  void readsAreAnsweredWhileAnotherTransactionHoldsTheLedgerLock() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> holder =
        CompletableFuture.runAsync(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      lock.hold();
                      held.countDown();
                      try {
                        release.await(60, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    }));
    assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
    try {
      for (String path :
          List.of(
              "/",
              "/lines/L4",
              "/api/execution/lines",
              "/api/execution/runs",
              "/api/kpis?line=L4&from=2026-01-01&to=2026-01-02",
              "/api/ledger?limit=5")) {
        long start = System.nanoTime();
        int status =
            CompletableFuture.supplyAsync(
                    () -> {
                      try {
                        return mvc.perform(get(path).with(user("reader").roles("AUDITOR")))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    })
                .get(8, TimeUnit.SECONDS);
        assertThat(status).as(path).isLessThan(500);
        assertThat(System.nanoTime() - start).as(path).isLessThan(TimeUnit.SECONDS.toNanos(8));
      }
      assertThat(holder).as("the lock was held throughout").isNotDone();
    } finally {
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
    }
  }
}
