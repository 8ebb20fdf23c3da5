package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.CountCommands;
import io.tally.execution.CountRequest;
import io.tally.execution.RunCommands;
import io.tally.execution.RunView;
import io.tally.execution.StartRunRequest;
import io.tally.execution.StopCommands;
import io.tally.execution.StopRequest;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.Ledger;
import io.tally.plant.model.ProductCode;
import io.tally.quality.QualityEvent;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The line page and the overview show the figures a plant manager needs to trust the KPIs: good at
 * the line beside good after quality, scrap, rework, samples destroyed by testing, concessions,
 * overtime time and output, effectiveness above 100 % flagged, the OEE as first reported and now,
 * and what is flagged for review (a stop coded planned with nothing planned). Under the strict CSP,
 * with no inline script.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class KpiFiguresPagesTest {
  static final Actor OP = new Actor("op.kpi.pages");
  static final ProductCode BLANK = new ProductCode("762x39-BLANK");
  static final String DAY = "2027-11-08"; // a Monday

  @Autowired MockMvc mvc;
  @Autowired TestClock clock;
  @Autowired CommandExecutor commands;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;

  /** A wall-clock time of the day in plant time: the reference plant runs on Caracas time. */
  static Instant at(String hhmm) {
    return java.time.LocalDateTime.parse(DAY + "T" + hhmm)
        .atZone(java.time.ZoneId.of("America/Caracas"))
        .toInstant();
  }

  /** Runs blanks on L3 from start to end with one count of good units; answers its lot. */
  private LotNumber run(String start, String end, long good) {
    clock.set(at(start));
    RunView run = commands.execute(OP, new StartRunRequest("L3", BLANK.value(), null));
    clock.set(at(end));
    IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());
    commands.execute(OP, key, CountCommands.Report.of(key, run.run(), new CountRequest(good, 0)));
    commands.execute(OP, RunCommands.End.of(run.run()));
    return LotNumber.parse(
        jdbc.sql("SELECT lot FROM kpi_count WHERE run = ?")
            .param(run.run())
            .query(String.class)
            .single());
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(user("auditor").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", Matchers.scriptSelfOnly()))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The cells' text of the figures table's row of this class in the section with this id. */
  private static String row(String html, String section, String rowClass) {
    int from = html.indexOf("id=\"" + section + "\"");
    assertThat(from).as(section).isNotNegative();
    Matcher m =
        Pattern.compile("<tr class=\"" + rowClass + "\">(.*?)</tr>", Pattern.DOTALL)
            .matcher(html.substring(from));
    assertThat(m.find()).as(rowClass).isTrue();
    return m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
  }

  @Test
  void theLinePageAndTheOverviewShowGoodAfterQualityOvertimeAndWhatToReview() throws Exception {
    // 10 000 blanks in two hours at 4 375 an hour: effectiveness 114.3 %, above the rated rate.
    LotNumber lot = run("06:00", "08:00", 10_000);
    // A stop coded planned maintenance with nothing planned in the calendar: for review.
    clock.set(at("09:00"));
    commands.execute(OP, StopCommands.Start.of("L3", new StopRequest("PM")));
    clock.set(at("09:30"));
    commands.execute(OP, StopCommands.End.of("L3"));
    // Half an hour after the last shift: overtime.
    run("22:30", "23:00", 500);
    clock.set(at("23:10"));
    Instant t = at("23:10");
    tx.executeWithoutResult(
        s ->
            ledger.append(
                Actor.SYSTEM,
                new QualityEvent.SamplesConsumed(lot, 30, t),
                new QualityEvent.LotScrapped(lot, 1_000, "class A rejected", t),
                new QualityEvent.LotReworked(lot, lot.withSuffix("A"), 2_000, "re-sized", t),
                new QualityEvent.LotReleased(lot, BLANK, 6_970, t, true, "qa.second")));
    clock.set(at("23:59"));

    for (String[] where : new String[][] {{"/lines/L3", "line-figures"}, {"/", "plant-figures"}}) {
      String html = page(where[0]);
      String s = where[1];
      assertThat(row(html, s, "gq-at-line")).as(s).contains("10,000");
      assertThat(row(html, s, "gq")).as(s).contains("6,970");
      assertThat(row(html, s, "sq")).as(s).contains("1,000");
      assertThat(row(html, s, "rq")).as(s).contains("2,000");
      assertThat(row(html, s, "samples")).as(s).contains("30");
      assertThat(row(html, s, "concession")).as(s).contains("6,970");
      assertThat(row(html, s, "overtime-hours")).as(s).contains("0.50");
      assertThat(row(html, s, "overtime-units")).as(s).contains("500");
      assertThat(row(html, s, "effectiveness")).as(s).contains("114.3", "above rated");
      assertThat(row(html, s, "quality-ratio")).as(s).contains("100.0% / 69.7%");
      assertThat(row(html, s, "oee")).as(s).contains("changed by quality");
      assertThat(html).as(s).contains("L3 stop PM from " + at("09:00"), "counted as unplanned");
      assertThat(html).as(s).containsPattern("effectiveness 114\\.3 %, above the rated rate");
      // Scripts come from static/js only.
      assertThat(html).as(s).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    }
  }

  /** What the strict policy must say of scripts: this site's files only. */
  static final class Matchers {
    static org.hamcrest.Matcher<String> scriptSelfOnly() {
      return org.hamcrest.Matchers.containsString("script-src 'self'");
    }
  }
}
