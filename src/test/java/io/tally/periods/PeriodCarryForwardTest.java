package io.tally.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.ExecutionEvent;
import io.tally.execution.RunId;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.ledger.Ledger;
import io.tally.ledger.LedgerEntries;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.security.Users;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Under CARRY_FORWARD a correction of a report in a closed month is accepted into the open month,
 * after a PeriodCarriedForward naming the closed one; the closed month stays as it was closed.
 */
@SpringBootTest(
    properties = {"tally.test.context=periods-carry", "tally.periods.late-entries=CARRY_FORWARD"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class PeriodCarryForwardTest {
  static final String LOT = "RCP27C001-601";
  static final Actor OPERATOR = new Actor("op-l1");

  @Autowired MockMvc mvc;
  @Autowired Ledger ledger;
  @Autowired LedgerEntries entries;
  @Autowired TransactionTemplate tx;
  @Autowired TestClock clock;
  @Autowired Users users;

  @Test
  void aCorrectionIntoAClosedMonthLandsInTheOpenOneNamingIt() throws Exception {
    users.add(
        Actor.SYSTEM, null, new Users.NewUser("aud-petra", List.of("AUDITOR"), "carry-audit-pw-1"));
    clock.set(Instant.parse("2027-03-10T06:00:00Z"));
    Instant at = Instant.parse("2027-03-10T07:00:00Z");
    long report =
        tx.execute(
            s ->
                ledger
                    .append(
                        OPERATOR,
                        new ExecutionEvent.LotOpened(
                            LotNumber.parse(LOT),
                            new ProductCode("762x39-BALL-SC"),
                            new LineId("L1"),
                            new RunId("RUN-000601"),
                            at),
                        new ExecutionEvent.CountReported(
                            new RunId("RUN-000601"),
                            LotNumber.parse(LOT),
                            new LineId("L1"),
                            new ProductCode("762x39-BALL-SC"),
                            800,
                            8,
                            at))
                    .get(1)
                    .seq());
    clock.set(Instant.parse("2027-04-02T06:00:00Z"));
    mvc.perform(post("/api/periods/2027-03/close").with(user("aud-petra").roles("AUDITOR")))
        .andExpect(status().isOk());

    mvc.perform(
            post("/api/corrections/counts")
                .with(user("qe-anna").roles("QUALITY"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"corrects":%d,"good":790,"scrap":18,"reason":"ten were scrap"}"""
                        .formatted(report)))
        .andExpect(status().isCreated());

    var latest = entries.latest(2);
    assertThat(latest.get(1).type()).isEqualTo("PeriodCarriedForward");
    assertThat(latest.get(0).type()).isEqualTo("CountCorrected");
    mvc.perform(get("/api/periods/2027-04").with(user("reader").roles("AUDITOR")))
        .andExpect(jsonPath("$.carriedForward[0].period").value("2027-03"))
        .andExpect(jsonPath("$.carriedForward[0].field").value("corrects"))
        .andExpect(jsonPath("$.carriedForward[0].seq").value(latest.get(1).seq()))
        .andExpect(jsonPath("$.products[0].opening").value(800))
        .andExpect(jsonPath("$.products[0].in").value(-10))
        .andExpect(jsonPath("$.balanced").value(true));
    mvc.perform(get("/api/periods/2027-03").with(user("reader").roles("AUDITOR")))
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.products[0].closing").value(800))
        .andExpect(jsonPath("$.balanced").value(true));
  }
}
