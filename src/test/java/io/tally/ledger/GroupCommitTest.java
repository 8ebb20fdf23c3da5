package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Group commit: commands queued behind a running batch are applied in order in one transaction,
 * each sees the ones before it, a refused one is rolled back alone with its own exception (and what
 * it meant to do after the commit is dropped), a failed commit fails every command of the batch and
 * keeps nothing, the same idempotency key twice in one batch takes effect once, and a lone command
 * runs at once on its caller's thread.
 */
@SpringBootTest
@ActiveProfiles("test")
class GroupCommitTest {
  static final Actor ACTOR = new Actor("group.commit");
  static final ExecutorService THREADS = Executors.newCachedThreadPool();

  @Autowired GroupCommit group;
  @Autowired Commands commands;
  @Autowired Ledger ledger;
  @Autowired JdbcClient jdbc;
  @Autowired LedgerVerification verification;

  long probes(String tag) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM ledger_entry WHERE type = 'GroupCommitProbe' AND payload LIKE ?")
        .param("%\"" + tag + "\"%")
        .query(Long.class)
        .single();
  }

  long append(String tag) {
    return ledger.append(ACTOR, "GroupCommitProbe", Map.of("tag", tag)).seq();
  }

  /**
   * Starts {@code blocker} as a batch of its own that holds until the returned latch is opened,
   * then queues each of {@code queued} in order behind it; returns their futures (blocker first).
   */
  List<CompletableFuture<Object>> behindABlockedBatch(
      CountDownLatch open, Supplier<Object> blocker, List<Supplier<Object>> queued)
      throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    List<CompletableFuture<Object>> futures = new ArrayList<>();
    futures.add(
        CompletableFuture.supplyAsync(
            () ->
                group.run(
                    () -> {
                      inside.countDown();
                      try {
                        open.await(30, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                      }
                      return blocker.get();
                    }),
            THREADS));
    assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
    for (Supplier<Object> work : queued) {
      int before = group.waiting();
      futures.add(CompletableFuture.supplyAsync(() -> group.run(work), THREADS));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (group.waiting() == before && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      assertThat(group.waiting()).isEqualTo(before + 1);
    }
    return futures;
  }

  @Test
  void queuedCommandsShareOneBatchSeeEachOtherAndARefusalIsRolledBackAlone() throws Exception {
    String tag = "batch-" + System.nanoTime();
    AtomicBoolean refusedAfterCommit = new AtomicBoolean();
    AtomicBoolean keptAfterCommit = new AtomicBoolean();
    CountDownLatch open = new CountDownLatch(1);
    var futures =
        behindABlockedBatch(
            open,
            () -> append(tag + "-0"),
            List.of(
                () -> {
                  onCommit(keptAfterCommit);
                  return append(tag + "-1");
                },
                () -> {
                  append(tag + "-refused");
                  onCommit(refusedAfterCommit);
                  // Refused inside a @Transactional method: the batch must not be marked
                  // rollback-only for the others.
                  return ledger.appendCorrection(
                      ACTOR, "GroupCommitProbe", Long.MAX_VALUE, Map.of("tag", tag));
                },
                () -> {
                  // Sees the first queued command's entry, uncommitted but in the same batch.
                  assertThat(probes(tag + "-1")).isEqualTo(1);
                  return append(tag + "-3");
                }));
    open.countDown();
    long first = (Long) futures.get(0).get(30, TimeUnit.SECONDS);
    long second = (Long) futures.get(1).get(30, TimeUnit.SECONDS);
    assertThatThrownBy(() -> futures.get(2).join())
        .hasCauseInstanceOf(CommandRejected.class)
        .hasMessageContaining("does not exist");
    long fourth = (Long) futures.get(3).get(30, TimeUnit.SECONDS);

    assertThat(group.lastBatchSize()).isEqualTo(3);
    assertThat(second).isGreaterThan(first);
    assertThat(fourth).isEqualTo(second + 1); // the refused entry's sequence was rolled back
    assertThat(probes(tag + "-refused")).isZero();
    assertThat(probes(tag + "-0") + probes(tag + "-1") + probes(tag + "-3")).isEqualTo(3);
    assertThat(keptAfterCommit).isTrue();
    assertThat(refusedAfterCommit).isFalse();
    assertThat(verification.verify().intact()).isTrue();
  }

  @Test
  void aFailedCommitFailsEveryCommandOfTheBatchAndKeepsNothing() throws Exception {
    String tag = "failed-" + System.nanoTime();
    CountDownLatch open = new CountDownLatch(1);
    var futures =
        behindABlockedBatch(
            open,
            () -> append(tag + "-0"),
            List.of(
                () -> append(tag + "-1"),
                () -> {
                  TransactionSynchronizationManager.registerSynchronization(
                      new TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                          throw new IllegalStateException("the disk is full");
                        }
                      });
                  return append(tag + "-2");
                }));
    open.countDown();
    futures.get(0).get(30, TimeUnit.SECONDS);
    for (var f : futures.subList(1, 3)) {
      assertThatThrownBy(f::join).hasMessageContaining("the disk is full");
    }
    assertThat(probes(tag + "-1") + probes(tag + "-2")).isZero();
    assertThat(probes(tag + "-0")).isEqualTo(1);
    assertThat(verification.verify().intact()).isTrue();
  }

  @Test
  void theSameKeyTwiceInOneBatchTakesEffectOnceAndBothGetTheFirstAnswer() throws Exception {
    String tag = "key-" + System.nanoTime();
    Supplier<Object> keyed =
        () -> commands.run(ACTOR, tag, "Probe", Map.of("tag", tag), Long.class, () -> append(tag));
    CountDownLatch open = new CountDownLatch(1);
    var futures = behindABlockedBatch(open, () -> 0L, List.of(keyed, keyed));
    open.countDown();
    Object one = futures.get(1).get(30, TimeUnit.SECONDS);
    Object two = futures.get(2).get(30, TimeUnit.SECONDS);
    assertThat(group.lastBatchSize()).isEqualTo(2);
    assertThat(two).isEqualTo(one);
    assertThat(probes(tag)).isEqualTo(1);
  }

  @Test
  void aLoneCommandRunsAtOnceOnItsCallersThread() {
    Thread caller = Thread.currentThread();
    Thread ran = group.run(Thread::currentThread);
    assertThat(ran).isSameAs(caller);
    assertThat(group.lastBatchSize()).isEqualTo(1);
  }

  static void onCommit(AtomicBoolean flag) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            flag.set(true);
          }
        });
  }
}
