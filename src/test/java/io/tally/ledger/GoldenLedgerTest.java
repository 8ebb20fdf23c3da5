package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.ledger.chain.CanonicalJson;
import io.tally.ledger.chain.ChainEntry;
import io.tally.ledger.chain.EntryHash;
import io.tally.support.GoldenLedger;
import io.tally.support.TypedEvents;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A ledger made by the demo before events became records still verifies, replays and re-encodes
 * byte for byte: the guard for any change to how events are built, encoded or projected. The
 * fixture's rows are inserted as they are into a freshly migrated database (what the application
 * wrote at its own start is removed first), the projections are rebuilt from them, then the real
 * verification and replay run.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenLedgerTest {
  static final List<GoldenLedger.Entry> GOLDEN = GoldenLedger.entries();

  @DynamicPropertySource
  static void demoKey(DynamicPropertyRegistry registry) {
    String dir = GoldenLedger.keyDir().toString();
    registry.add("tally.ledger.key-dir", () -> dir);
    registry.add("tally.ledger.checkpoint-file", CHECKPOINTS::toString);
  }

  /** The checkpoint file outside the database; the start-up checkpoint is removed with its rows. */
  static final java.nio.file.Path CHECKPOINTS =
      java.nio.file.Path.of(
          "target", "test-data", "golden-" + java.util.UUID.randomUUID(), "cp.log");

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired List<Projection> projections;
  @Autowired LedgerEntries entries;
  @Autowired LedgerVerification verification;
  @Autowired Replay replay;

  @BeforeAll
  void loadTheGoldenLedgerAndRebuildTheProjections() {
    tx.executeWithoutResult(
        s -> {
          emptyProjections();
          jdbc.update("DELETE FROM ledger_checkpoint");
          jdbc.update("DELETE FROM ledger_signed_head");
          jdbc.update("DELETE FROM ledger_entry");
          try {
            java.nio.file.Files.deleteIfExists(CHECKPOINTS);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          insertEntries();
          insertHeads();
          GoldenLedger.Entry last = GOLDEN.get(GOLDEN.size() - 1);
          jdbc.update(
              "UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1", last.seq(), last.hash());
          entries.forEach(e -> projections.forEach(p -> p.apply(e)));
        });
  }

  @Test
  void goldenLedgerVerifiesIntactWithEverySignedHead() {
    var result = verification.verify();
    assertThat(result.reason()).isNull();
    assertThat(result.intact()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(GOLDEN.size());
    assertThat(result.headsChecked()).isEqualTo(GoldenLedger.heads().size());
    assertThat(result.headHash()).isEqualTo(GOLDEN.get(GOLDEN.size() - 1).hash());
  }

  @Test
  void everyPayloadReadBackReencodesToTheStoredBytesAndHash() {
    List<String> mismatches = new ArrayList<>();
    int[] i = {0};
    entries.forEach(
        e -> {
          GoldenLedger.Entry golden = GOLDEN.get(i[0]++);
          String json = CanonicalJson.write(e.payload().fields());
          var rebuilt =
              new ChainEntry(
                  e.seq(),
                  e.time().toEpochMilli(),
                  e.actor(),
                  e.type(),
                  e.corrects(),
                  json,
                  e.previousHash(),
                  e.hash());
          if (!json.equals(golden.payload())
              || !EntryHash.of(golden.prevHash(), rebuilt).equals(golden.hash())) {
            mismatches.add(golden.seq() + " " + golden.type() + ": " + json);
          }
        });
    assertThat(i[0]).isEqualTo(GOLDEN.size());
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyTypedEntryReadAsItsRecordWritesTheStoredBytesAgain() {
    Map<String, Class<? extends Event>> records = TypedEvents.byType();
    Map<String, Integer> checked = new TreeMap<>();
    List<String> mismatches = new ArrayList<>();
    entries.forEach(
        e -> {
          Class<? extends Event> type = records.get(e.type());
          if (type != null) {
            Event event = Events.read(e, type).orElseThrow();
            String json = CanonicalJson.write(Events.payload(event));
            if (!json.equals(e.payloadJson())) {
              mismatches.add(e.seq() + " " + e.type() + ": " + json);
            }
            checked.merge(e.type(), 1, Integer::sum);
          }
        });
    assertThat(mismatches).isEmpty();
    assertThat(checked)
        .containsOnlyKeys(
            "WorkOrderEntered",
            "RunStarted",
            "LotOpened",
            "CountReported",
            "LotClosed",
            "RunEnded",
            "StopStarted",
            "StopEnded",
            "UserAdded",
            "InspectionRecorded",
            "SamplesConsumed",
            "LotReleased",
            "LotHeld",
            "ConcessionRequested",
            "ConcessionApproved",
            "ComponentLotReceived",
            "PlantFileLoaded",
            "AuthorisationRecorded",
            "OrderRecorded")
        .containsEntry("ComponentLotReceived", 35)
        .containsEntry("CountReported", 1363)
        .containsEntry("UserAdded", 9)
        .containsEntry("InspectionRecorded", 331)
        .containsEntry("LotReleased", 123);
  }

  @Test
  void projectionsRebuiltFromTheGoldenLedgerHoldTheDemosRows() {
    Map<String, Long> expected = new LinkedHashMap<>();
    Map<String, Long> actual = new LinkedHashMap<>();
    Map<String, Long> demo = GoldenLedger.tableRows();
    for (Projection p : projections) {
      for (String t : p.tables()) {
        if (demo.containsKey(t)) {
          expected.put(t, demo.get(t));
          actual.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class));
        }
      }
    }
    assertThat(expected).containsKeys("production_lot", "kpi_count", "quality_lot", "shipment");
    assertThat(actual).isEqualTo(expected);
    long counted =
        GOLDEN.stream()
            .filter(e -> e.type().equals(Events.typeOf(CountReported.class)))
            .mapToLong(e -> entries.parse(e.payload()).number("good"))
            .sum();
    assertThat(jdbc.queryForObject("SELECT SUM(good) FROM production_lot", Long.class))
        .isEqualTo(counted);
    assertThat(jdbc.queryForObject("SELECT SUM(good) FROM kpi_count", Long.class))
        .isEqualTo(counted);
  }

  @Test
  void replayOfTheGoldenLedgerIsIdentical() {
    ReplayReport report = replay.run();
    assertThat(report.differences()).isEmpty();
    assertThat(report.identical()).isTrue();
    assertThat(report.entries()).isEqualTo(GOLDEN.size());
  }

  private void emptyProjections() {
    for (Projection p : projections) {
      for (String t : p.tables()) {
        jdbc.update("DELETE FROM " + t);
      }
    }
  }

  private void insertEntries() {
    List<Object[]> rows = new ArrayList<>();
    for (GoldenLedger.Entry e : GOLDEN) {
      rows.add(
          new Object[] {
            e.seq(),
            Timestamp.from(Instant.ofEpochMilli(e.epochMillis())),
            e.epochMillis(),
            e.actor(),
            e.type(),
            e.corrects(),
            e.payload(),
            e.prevHash(),
            e.hash()
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO ledger_entry (seq, recorded_at, epoch_millis, actor, type, corrects, payload,"
            + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  private void insertHeads() {
    for (GoldenLedger.Head h : GoldenLedger.heads()) {
      jdbc.update(
          "INSERT INTO ledger_signed_head (seq, hash, epoch_millis, key_id, signature)"
              + " VALUES (?, ?, ?, ?, ?)",
          h.seq(),
          h.hash(),
          h.epochMillis(),
          h.keyId(),
          h.signature());
    }
  }
}
