package io.tally.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.tally.execution.ExecutionEvent;
import io.tally.execution.RunId;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Replay;
import io.tally.ledger.ReplayReport;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.security.Users;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closing months, in the order a plant lives them (one database, the steps in order): March cannot
 * close before it ends, nor April before March, nor by anyone but an auditor; a closed March is
 * frozen and opens April; a correction into it is refused; a month that does not balance stays
 * open; replay rebuilds the periods' tables.
 */
@SpringBootTest(properties = "tally.test.context=periods")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeriodClosingTest {
  static final String AUDITOR = "aud-olga";
  static final String LOT = "RCP27C001-501";
  static final String BALL = "762x39-BALL-SC";
  static final Actor OPERATOR = new Actor("op-l1");
  static long marchReport;

  @Autowired MockMvc mvc;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired TestClock clock;
  @Autowired Users users;
  @Autowired CommandExecutor commands;
  @Autowired JdbcClient jdbc;
  @Autowired Replay replay;

  ResultActions close(String name, String role, String period) throws Exception {
    return mvc.perform(post("/api/periods/" + period + "/close").with(user(name).roles(role)));
  }

  ResultActions statement(String period) throws Exception {
    return mvc.perform(get("/api/periods/" + period).with(user("reader").roles("AUDITOR")));
  }

  long count(long good, long scrap, String at) {
    clock.set(Instant.parse(at));
    LedgerEntry e =
        tx.execute(
            s ->
                ledger
                    .append(
                        OPERATOR,
                        new ExecutionEvent.CountReported(
                            new RunId("RUN-000501"),
                            LotNumber.parse(LOT),
                            new LineId("L1"),
                            new ProductCode(BALL),
                            good,
                            scrap,
                            Instant.parse(at)))
                    .get(0));
    return e.seq();
  }

  long ledgerSize() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  @Test
  @Order(1)
  void marchCannotCloseBeforeItEnds() throws Exception {
    if (!users.exists(AUDITOR)) {
      users.add(
          Actor.SYSTEM, null, new Users.NewUser(AUDITOR, List.of("AUDITOR"), "periods-audit-pw-1"));
      users.add(
          Actor.SYSTEM,
          null,
          new Users.NewUser("wh-bob", List.of("WAREHOUSE"), "periods-wh-pw-22"));
    }
    clock.set(Instant.parse("2027-03-10T06:00:00Z"));
    tx.executeWithoutResult(
        s ->
            ledger.append(
                OPERATOR,
                new ExecutionEvent.LotOpened(
                    LotNumber.parse(LOT),
                    new ProductCode(BALL),
                    new LineId("L1"),
                    new RunId("RUN-000501"),
                    Instant.parse("2027-03-10T06:00:00Z"))));
    marchReport = count(1000, 10, "2027-03-10T07:00:00Z");

    close(AUDITOR, "AUDITOR", "2027-03")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", Matchers.containsString("has not ended")));
    close("wh-bob", "WAREHOUSE", "2027-03").andExpect(status().isForbidden());
    close(AUDITOR, "AUDITOR", "2027-3").andExpect(status().isUnprocessableEntity());
    statement("2027-03")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.balanced").value(true))
        .andExpect(jsonPath("$.products[0].subject").value(BALL))
        .andExpect(jsonPath("$.products[0].in").value(1000))
        .andExpect(jsonPath("$.products[0].closing").value(1000));
  }

  @Test
  @Order(2)
  void onlyAnAuditorCloses() throws Exception {
    clock.set(Instant.parse("2027-04-02T06:00:00Z"));
    assertThatThrownBy(
            () ->
                commands.execute(
                    new Actor("wh-bob"),
                    IdempotencyKey.NONE,
                    new ClosePeriod(YearMonth.parse("2027-03"))))
        .isInstanceOfSatisfying(
            CommandRejected.class, e -> assertThat(e.field()).isEqualTo("actor"));
    close("aud-nobody", "AUDITOR", "2027-03")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail", Matchers.containsString("not an AUDITOR")));
  }

  @Test
  @Order(3)
  void aprilWaitsForMarch() throws Exception {
    count(500, 5, "2027-04-02T07:00:00Z");
    clock.set(Instant.parse("2027-05-03T06:00:00Z"));
    close(AUDITOR, "AUDITOR", "2027-04")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", Matchers.containsString("2027-03 is not closed")));
  }

  @Test
  @Order(4)
  void marchClosesOnASignedCheckpointAndIsFrozen() throws Exception {
    String body =
        close(AUDITOR, "AUDITOR", "2027-03")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("CLOSED"))
            .andExpect(jsonPath("$.balanced").value(true))
            .andExpect(jsonPath("$.closure.closedBy").value(AUDITOR))
            .andExpect(jsonPath("$.products[0].closing").value(1000))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long lastSeq = ((Number) JsonPath.read(body, "$.lastSeq")).longValue();
    long checkpoint = ((Number) JsonPath.read(body, "$.closure.checkpointSize")).longValue();
    assertThat(lastSeq).isEqualTo(marchReport);
    assertThat(checkpoint).isGreaterThanOrEqualTo(lastSeq);
    String sha = JsonPath.read(body, "$.closure.sha256");
    assertThat(sha).matches("[0-9a-f]{64}");

    var closed =
        ClosedMonths.read(
            jdbc.sql("SELECT seq FROM period_close WHERE period = '2027-03'")
                .query(Long.class)
                .optional()
                .flatMap(seq -> entriesFind(seq))
                .orElseThrow());
    assertThat(closed.sha256())
        .isEqualTo(sha)
        .isEqualTo(PeriodStatements.sha256(closed.period(), closed));
    assertThat(closed.checkpointSize()).isEqualTo(checkpoint);

    close(AUDITOR, "AUDITOR", "2027-03")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", Matchers.containsString("closed already")));
    mvc.perform(get("/periods/2027-03").with(user("reader").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString(sha)));
  }

  @Test
  @Order(5)
  void aprilOpensWithMarchsClosing() throws Exception {
    close(AUDITOR, "AUDITOR", "2027-04")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.products[0].opening").value(1000))
        .andExpect(jsonPath("$.products[0].in").value(500))
        .andExpect(jsonPath("$.products[0].closing").value(1500));
    statement("2027-03").andExpect(jsonPath("$.products[0].closing").value(1000));
    mvc.perform(get("/api/periods").with(user("reader").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.period == '2027-04')].status").value("CLOSED"))
        .andExpect(jsonPath("$[?(@.period == '2027-05')].status").value("OPEN"));
  }

  @Test
  @Order(6)
  void aCorrectionIntoAClosedPeriodIsRefused() throws Exception {
    long before = ledgerSize();
    mvc.perform(
            post("/api/corrections/counts")
                .with(user("qe-anna").roles("QUALITY"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"corrects":%d,"good":990,"scrap":10,"reason":"miscounted"}"""
                        .formatted(marchReport)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("corrects"))
        .andExpect(
            jsonPath("$.detail", Matchers.containsString("period 2027-03, which is closed")));
    assertThat(ledgerSize()).isEqualTo(before);
  }

  @Test
  @Order(7)
  void aMonthThatDoesNotBalanceStaysOpen() throws Exception {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("shipment", "SH-NOWHERE");
    p.put("customer", "ARMY");
    p.put("authorisation", "AUTH-NONE");
    p.put("lines", List.of(Map.of("lot", LOT, "quantity", 100, "location", "FG", "unit", "")));
    p.put("units", List.of());
    tx.executeWithoutResult(s -> ledger.append(new Actor("wh-bob"), "ShipmentDispatched", p));
    clock.set(Instant.parse("2027-06-02T06:00:00Z"));

    statement("2027-05")
        .andExpect(jsonPath("$.status").value("ENDED"))
        .andExpect(jsonPath("$.balanced").value(false))
        .andExpect(jsonPath("$.differences[0].subject").value("finished rounds"));
    close(AUDITOR, "AUDITOR", "2027-05")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", Matchers.containsString("does not balance")));
  }

  @Test
  @Order(8)
  void replayRebuildsTheClosedPeriods() {
    ReplayReport r = replay.run();
    assertThat(r.tables())
        .filteredOn(t -> t.table().startsWith("period_"))
        .extracting(ReplayReport.TableCount::table, ReplayReport.TableCount::liveRows)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("period_carried", 0),
            org.assertj.core.groups.Tuple.tuple("period_close", 2));
    assertThat(r.differences()).filteredOn(d -> d.table().startsWith("period_")).isEmpty();
    assertThat(r.tables())
        .filteredOn(t -> t.table().startsWith("period_"))
        .allMatch(t -> t.liveRows() == t.replayedRows());
  }

  @Autowired io.tally.ledger.LedgerEntries entries;

  java.util.Optional<LedgerEntry> entriesFind(long seq) {
    return entries.find(seq);
  }
}
