package io.tally.machines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunCommands;
import io.tally.execution.RunView;
import io.tally.execution.StartRunRequest;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.machines.MachineCommands.BookAnswer;
import io.tally.machines.MachineCommands.Outcome;
import io.tally.plant.model.LineId;
import io.tally.support.TestClock;
import io.tally.support.TestClockConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Counters to counts, exactly once, through the real command path on H2: a first value is the
 * baseline, the rise is booked into the open run, the same values twice book once, a counter that
 * goes back starts an epoch, a jump waits for a person, counts without a run wait for one, and two
 * connectors (or one restarted) book every unit once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class MachineBookingTest {
  static final Actor ADMIN = new Actor("admin");
  static final String BALL = "762x39-BALL-SC";
  static final Instant START = Instant.parse("2027-03-01T06:00:00Z");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired CommandExecutor executor;
  @Autowired ExecutionQueries queries;
  @Autowired MachineCounters counters;
  @Autowired MachineBooker booker;
  @Autowired io.tally.plant.PlantService plant;

  @BeforeEach
  void quietPlant() {
    clock.set(START);
    for (RunView r : queries.runs(null, true, 1000)) {
      executor.execute(ADMIN, RunCommands.End.of(r.run()));
    }
  }

  MachineBooker connector(LineId line, long limit) {
    MachineBooker b = new MachineBooker(executor, counters, clock);
    b.follow(line, Machines.sparkplug(line.value(), Duration.ofSeconds(60), limit, Duration.ZERO));
    return b;
  }

  String startRun(LineId line) {
    String product = plant.plant().line(line).capabilities().get(0).product().value();
    return executor.execute(ADMIN, new StartRunRequest(line.value(), product, null)).run();
  }

  long good(String run) {
    return queries.run(run).orElseThrow().good();
  }

  long scrap(String run) {
    return queries.run(run).orElseThrow().scrap();
  }

  void send(MachineBooker b, LineId line, long processed, long defective) {
    clock.advance(Duration.ofSeconds(61));
    b.accept(MachineSample.counters(line, clock.instant(), processed, defective));
  }

  long entries(String type) {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = ?")
        .param(type)
        .query(Long.class)
        .single();
  }

  @Test
  void theFirstValueIsTheBaselineAndEveryRiseIsBookedOnceWhateverTheConnectors() {
    LineId line = new LineId("L1");
    String run = startRun(line);
    MachineBooker a = connector(line, 100_000);
    send(a, line, 5_000_000, 20_000);
    assertThat(good(run)).isZero();
    send(a, line, 5_001_000, 20_010);
    assertThat(good(run)).isEqualTo(990);
    assertThat(scrap(run)).isEqualTo(10);
    assertThat(counters.current(line).orElseThrow().processed()).isEqualTo(5_001_000);

    a.rebookForTest();
    send(a, line, 5_001_000, 20_010);
    BookAnswer again =
        executor.execute(
            MachineBooker.MACHINES,
            MachineCommands.bookingKey(line, 1, 5_001_000, 20_010),
            new MachineCommands.Book(line, 1, 5_001_000, 20_010, 0, 0, 100_000));
    assertThat(again.outcome()).isEqualTo(Outcome.BOOKED);
    assertThat(good(run)).isEqualTo(990);

    MachineBooker b = connector(line, 100_000);
    long base = 5_001_000;
    for (int i = 1; i <= 40; i++) {
      long value = base + i * 37L;
      send(i % 3 == 0 ? b : a, line, value, 20_010);
      if (i % 4 == 0) {
        send(a, line, value, 20_010);
        send(b, line, value, 20_010);
      }
      if (i == 20) {
        a = connector(line, 100_000); // a restart: nothing in memory
      }
    }
    a.bookNow(line);
    b.bookNow(line);
    assertThat(good(run)).isEqualTo(990 + 40 * 37L);
  }

  @Test
  void aCounterGoingBackStartsANewEpochNamingBothValues() {
    LineId line = new LineId("L4");
    String run = startRun(line);
    MachineBooker b = connector(line, 100_000);
    send(b, line, 7_000, 0);
    send(b, line, 7_500, 0);
    long epochs = entries("MachineCounterEpochStarted");
    send(b, line, 40, 0);
    assertThat(entries("MachineCounterEpochStarted")).isEqualTo(epochs + 1);
    String payload =
        jdbc.sql(
                "SELECT payload FROM ledger_entry"
                    + " WHERE type = 'MachineCounterEpochStarted' ORDER BY seq DESC"
                    + " FETCH FIRST 1 ROWS ONLY")
            .query(String.class)
            .single();
    assertThat(payload).contains("\"previousProcessed\":7500").contains("\"processed\":40");
    assertThat(counters.current(line).orElseThrow().epoch()).isEqualTo(2);
    assertThat(good(run)).isEqualTo(540);
  }

  @Test
  void aJumpAboveTheLimitWaitsForAPersonWhoConfirmsOrRefusesIt() throws Exception {
    LineId line = new LineId("L3");
    String run = startRun(line);
    MachineBooker b = connector(line, 1_000);
    send(b, line, 0, 0);
    send(b, line, 50_000, 0);
    assertThat(good(run)).isZero();
    assertThat(counters.current(line).orElseThrow().heldProcessed()).isEqualTo(50_000);
    send(b, line, 50_100, 0);
    assertThat(good(run)).isZero();
    mvc.perform(
            post("/api/machines/lines/L3/jump")
                .with(user("op").roles("OPERATOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirm\":true,\"reason\":\"counter card replaced\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/machines/lines/L3/jump")
                .with(user("boss").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirm\":true}"))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(
            post("/api/machines/lines/L3/jump")
                .with(user("boss").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirm\":true,\"reason\":\"checked the line\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("BOOKED"))
        .andExpect(jsonPath("$.good").value(50_000));
    send(b, line, 50_200, 0);
    assertThat(good(run)).isEqualTo(50_200);

    send(b, line, 150_200, 0);
    executor.execute(
        ADMIN, new MachineCommands.Decide(line, false, "a test pattern written to the PLC"));
    send(b, line, 150_500, 0);
    assertThat(good(run)).isEqualTo(50_500);
  }

  @Test
  void countsWithoutAnOpenRunAreHeldAndShownThenBookedWhenOneOpens() throws Exception {
    LineId line = new LineId("L2");
    MachineBooker b = connector(line, 100_000);
    booker.follow(line, Machines.sparkplug("L2"));
    long base = counters.current(line).map(CounterState::processed).orElse(0L);
    send(b, line, base + 10, 0);
    send(b, line, base + 600, 0);
    assertThat(counters.current(line).orElseThrow().processed()).isEqualTo(base + 10);
    assertThat(b.status(line).orElseThrow().heldWithoutRun()).isEqualTo(590);
    String run = startRun(line);
    send(b, line, base + 610, 0);
    assertThat(good(run)).isEqualTo(600);
    assertThat(b.status(line).orElseThrow().heldWithoutRun()).isZero();
    mvc.perform(get("/api/lines/L2/live").with(user("op").roles("OPERATOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.line").value("L2"));
    mvc.perform(get("/api/lines/L9/live").with(user("op").roles("OPERATOR")))
        .andExpect(status().isNotFound());
  }
}
