package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.chain.ChainVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What the ledger promises, run against H2 and PostgreSQL by the two subclasses. */
abstract class LedgerContract {
  @Autowired Ledger ledger;
  @Autowired Commands commands;
  @Autowired LedgerVerification verification;
  @Autowired LedgerEntries entries;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  static final Actor OPERATOR = new Actor("op.one");

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  LedgerEntry append(String type, Map<String, ?> payload) {
    return tx.execute(s -> ledger.append(OPERATOR, type, payload));
  }

  /**
   * Runs an edit behind Tally's back with the rights of whoever owns the database: on PostgreSQL
   * that means switching the append-only triggers off first, as such an insider could.
   */
  void asInsider(Runnable edit) {
    edit.run();
  }

  @Test
  void appendsChainAndVerifies() {
    long before = count();
    LedgerEntry a = append("TestCounted", Map.of("good", 10, "line", "L1"));
    LedgerEntry b = append("TestCounted", Map.of("good", 20, "line", "L1"));
    assertThat(b.seq()).isEqualTo(a.seq() + 1);
    assertThat(b.previousHash()).isEqualTo(a.hash());
    assertThat(count()).isEqualTo(before + 2);
    assertThat(entries.find(a.seq()).orElseThrow().payload().number("good")).isEqualTo(10);
    ChainVerifier.Result r = verification.verify();
    assertThat(r.intact()).as("%s", r).isTrue();
    assertThat(r.entriesChecked()).isEqualTo(count());
  }

  @Test
  void signsAHeadEveryNEntriesAndVerifiesIt() {
    for (int i = 0; i < 6; i++) {
      append("TestCounted", Map.of("i", i));
    }
    long heads = jdbc.sql("SELECT COUNT(*) FROM ledger_signed_head").query(Long.class).single();
    assertThat(heads).isGreaterThanOrEqualTo(1);
    assertThat(verification.verify().headsChecked()).isEqualTo((int) heads);
  }

  @Test
  void aRowEditedBehindTallysBackIsFoundByVerify() {
    append("TestCounted", Map.of("good", 1));
    LedgerEntry victim = append("TestCounted", Map.of("good", 500, "lot", "RCP26K001-001"));
    append("TestCounted", Map.of("good", 2));
    try {
      asInsider(
          () ->
              jdbc.sql("UPDATE ledger_entry SET payload = ? WHERE seq = ?")
                  .params(victim.payloadJson().replace("500", "499"), victim.seq())
                  .update());
      ChainVerifier.Result r = verification.verify();
      assertThat(r.intact()).isFalse();
      assertThat(r.firstBadSeq()).isEqualTo(victim.seq());
    } finally {
      asInsider(
          () ->
              jdbc.sql("UPDATE ledger_entry SET payload = ? WHERE seq = ?")
                  .params(victim.payloadJson(), victim.seq())
                  .update());
    }
    assertThat(verification.verify().intact()).isTrue();
  }

  @Test
  void aCommandSentTwiceTakesEffectOnce() {
    long before = count();
    Map<String, Object> request = Map.of("good", 7);
    Long first =
        commands.run(
            OPERATOR,
            "key-1-" + before,
            "test.count",
            request,
            Long.class,
            () -> ledger.append(OPERATOR, "TestCounted", request).seq());
    Long second =
        commands.run(
            OPERATOR,
            "key-1-" + before,
            "test.count",
            request,
            Long.class,
            () -> ledger.append(OPERATOR, "TestCounted", request).seq());
    assertThat(second).isEqualTo(first);
    assertThat(count()).isEqualTo(before + 1);
  }

  @Test
  void aKeyReusedForAnotherRequestIsRefused() {
    String key = "key-2-" + count();
    commands.run(
        OPERATOR,
        key,
        "test.count",
        Map.of("good", 1),
        Long.class,
        () -> ledger.append(OPERATOR, "TestCounted", Map.of("good", 1)).seq());
    long before = count();
    assertThatThrownBy(
            () ->
                commands.run(
                    OPERATOR,
                    key,
                    "test.count",
                    Map.of("good", 2),
                    Long.class,
                    () -> ledger.append(OPERATOR, "TestCounted", Map.of("good", 2)).seq()))
        .isInstanceOf(CommandRejected.class)
        .hasMessageContaining("different request");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aRefusedCommandWritesNothing() {
    long before = count();
    assertThatThrownBy(
            () ->
                commands.run(
                    OPERATOR,
                    null,
                    "test.fail",
                    Map.of(),
                    Long.class,
                    () -> {
                      ledger.append(OPERATOR, "TestCounted", Map.of("good", 1));
                      throw CommandRejected.invalid("good", "refused after the append");
                    }))
        .isInstanceOf(CommandRejected.class);
    assertThat(count()).isEqualTo(before);
    assertThat(verification.verify().intact()).isTrue();
  }

  @Test
  void aCorrectionNamesTheEntryItCorrects() {
    LedgerEntry wrong = append("TestCounted", Map.of("good", 100));
    LedgerEntry fix =
        tx.execute(
            s ->
                ledger.appendCorrection(
                    OPERATOR,
                    "TestCountCorrected",
                    wrong.seq(),
                    Map.of("good", -5, "why", "miscount")));
    assertThat(fix.corrects()).isEqualTo(wrong.seq());
    assertThat(entries.find(wrong.seq()).orElseThrow().payload().number("good")).isEqualTo(100);
    assertThat(verification.verify().intact()).isTrue();
    assertThatThrownBy(
            () -> tx.execute(s -> ledger.appendCorrection(OPERATOR, "X", 999_999_999L, Map.of())))
        .isInstanceOf(CommandRejected.class);
  }

  @Test
  void eightConcurrentWritersKeepOneUnbrokenChain() throws Exception {
    long before = count();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      int writer = w;
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 25; i++) {
                  append("TestCounted", Map.of("writer", writer, "i", i));
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    assertThat(count()).isEqualTo(before + 200);
    assertThat(verification.verify().intact()).isTrue();
  }
}
