package io.tally.quality;

import static io.tally.quality.QualityApi.BALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.Projection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quality's read models are built only from the ledger: dropped and replayed, they come back equal.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QualityReplayTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;
  @Autowired LedgerEntries entries;
  @Autowired TransactionTemplate tx;
  @Autowired LotProjection lots;
  @Autowired InspectionProjection inspections;
  @Autowired StreamProjection streams;

  @Test
  void replayingTheLedgerRebuildsLotsDecisionsAndStreams() throws Exception {
    ExecutionFixture execution = new ExecutionFixture(ledger, tx);
    QualityApi api = new QualityApi(mvc, jdbc);
    for (int i = 1; i <= 3; i++) {
      execution.closedLot("RCP27H001-00" + i, BALL, "P1", 3000, 5);
    }
    execution.openLot("RCP27H001-004", BALL, "P1");
    execution.count("RCP27H001-004", BALL, "P1", 700, 3);
    api.inspect("RCP27H001-001", "critical", 200, 0, "major", 125, 3, "minor", 125, 0);
    api.inspect("RCP27H001-002", "critical", 200, 0, "major", 125, 4, "minor", 125, 0);
    api.post("/api/quality/lots/RCP27H001-001/rework", "qa1", "QUALITY", "{\"reason\":\"sort\"}");
    api.post("/api/quality/lots/RCP27H001-002/concession", "qa1", "QUALITY", "{\"reason\":\"x\"}");
    api.post("/api/quality/lots/RCP27H001-002/concession/approval", "qa2", "QUALITY", "{}");
    api.plans("RCP27H001-003").andExpect(jsonPath("$.plans[1].severity").value("TIGHTENED"));

    List<Projection> mine = List.of(lots, inspections, streams);
    List<String> before = dump(mine);
    assertThat(before).anyMatch(row -> row.contains("RCP27H001-001A"));
    tx.executeWithoutResult(
        s -> {
          for (Projection p : mine) {
            p.tables().forEach(t -> jdbc.sql("DELETE FROM " + t).update());
          }
        });
    assertThat(dump(mine)).isEmpty();
    tx.executeWithoutResult(s -> entries.forEach(e -> mine.forEach(p -> p.apply(e))));
    assertThat(dump(mine)).isEqualTo(before);
    api.get("/api/quality/lots/RCP27H001-004", "qa1", "QUALITY")
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.good").value(700));
  }

  private List<String> dump(List<Projection> projections) {
    List<String> rows = new ArrayList<>();
    for (Projection p : projections) {
      for (String table : p.tables()) {
        jdbc.sql("SELECT * FROM " + table)
            .query()
            .listOfRows()
            .forEach(r -> rows.add(table + " " + new java.util.TreeMap<>(r)));
      }
    }
    rows.sort(null);
    return rows;
  }
}
