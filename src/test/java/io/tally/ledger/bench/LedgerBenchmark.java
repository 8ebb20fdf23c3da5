package io.tally.ledger.bench;

import io.tally.kernel.Actor;
import io.tally.ledger.Event;
import io.tally.ledger.EventType;
import io.tally.ledger.Events;
import io.tally.ledger.GroupCommit;
import io.tally.ledger.Ledger;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures durable appends (one transaction and commit per event, with hashing, the head lock and
 * projections; and the same through {@link GroupCommit}, as commands run, where concurrent appends
 * share a transaction and a commit, each in its own savepoint) against a plain JDBC insert of rows
 * of the same shape, each committed alone: the ceiling the database itself sets. Meant for a
 * scratch database only; run by {@code bench/run ledger}, never part of the application.
 */
public class LedgerBenchmark {
  /** A count as execution would append it, in the scratch database only. */
  @EventType("BenchCounted")
  record BenchCounted(String line, String lot, long good, long scrap) implements Event {}

  /** An entry that only warms the JIT and the connection pool up. */
  @EventType("BenchWarmUp")
  record BenchWarmUp(long i) implements Event {}

  private final Ledger ledger;
  private final GroupCommit group;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  public LedgerBenchmark(
      Ledger ledger, GroupCommit group, JdbcClient jdbc, TransactionTemplate tx) {
    this.ledger = ledger;
    this.group = group;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  /** One measured case: what, how many writers, events, seconds, events per second. */
  public record Figure(String what, int writers, long events, double seconds, double perSecond) {}

  public List<Figure> run(int events, List<Integer> writers) throws Exception {
    jdbc.sql(
            "CREATE TABLE IF NOT EXISTS bench_plain (id BIGINT NOT NULL PRIMARY KEY,"
                + " recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, epoch_millis BIGINT NOT NULL,"
                + " actor VARCHAR(100) NOT NULL, type VARCHAR(100) NOT NULL, payload TEXT NOT NULL,"
                + " prev_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL)")
        .update();
    Actor actor = new Actor("bench");
    AtomicLong plainId =
        new AtomicLong(
            jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM bench_plain").query(Long.class).single());
    List<Figure> out = new ArrayList<>();
    warmUp(actor, plainId);
    for (int w : writers) {
      out.add(
          measure(
              "ledger append",
              w,
              events,
              i ->
                  tx.executeWithoutResult(
                      s -> ledger.append(actor, new BenchCounted("L1", "RCP27C001-001", i, 0)))));
      out.add(
          measure(
              "group commit append",
              w,
              events,
              i ->
                  group.run(
                      () -> ledger.append(actor, new BenchCounted("L1", "RCP27C001-001", i, 0)))));
      out.add(
          measure("plain JDBC insert", w, events, i -> plainInsert(plainId.incrementAndGet(), i)));
    }
    return out;
  }

  private void warmUp(Actor actor, AtomicLong plainId) throws Exception {
    measure(
        "warm-up",
        2,
        400,
        i -> {
          tx.executeWithoutResult(s -> ledger.append(actor, new BenchWarmUp(i)));
          plainInsert(plainId.incrementAndGet(), i);
        });
  }

  private void plainInsert(long id, long i) {
    Instant now = Instant.now();
    jdbc.sql(
            "INSERT INTO bench_plain (id, recorded_at, epoch_millis, actor, type, payload,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            Timestamp.from(now),
            now.toEpochMilli(),
            "bench",
            Events.typeOf(BenchCounted.class),
            "{\"good\":" + i + ",\"line\":\"L1\",\"lot\":\"RCP27C001-001\",\"scrap\":0}",
            "0".repeat(64),
            "f".repeat(64))
        .update();
  }

  interface Work {
    void run(long i);
  }

  private Figure measure(String what, int writers, int events, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      futures.add(
          pool.submit(
              () -> {
                long i;
                while ((i = next.getAndIncrement()) < events) {
                  work.run(i);
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Figure(what, writers, events, seconds, events / seconds);
  }
}
