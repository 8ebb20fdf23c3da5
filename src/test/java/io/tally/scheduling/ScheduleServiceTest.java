package io.tally.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.execution.DispatchEntry;
import io.tally.execution.RunCommands;
import io.tally.execution.WorkOrderStatus;
import io.tally.execution.WorkOrders;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.orders.AuthorisationRequest;
import io.tally.orders.Authorisations;
import io.tally.orders.Orders;
import io.tally.plant.LineTransitionRequest;
import io.tally.plant.Lines;
import io.tally.plant.PlantCommands;
import io.tally.plant.model.LineId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleServiceTest {
  static final Actor PLANNER = new Actor("planner");
  static final Actor ADMIN = new Actor("admin");

  @Autowired ScheduleService schedules;
  @Autowired Orders orders;
  @Autowired Authorisations authorisations;
  @Autowired WorkOrders workOrders;
  @Autowired Lines lines;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired CommandExecutor executor;
  @Autowired io.tally.ledger.Replay replay;

  LocalDate today;

  @BeforeAll
  void importOrders() {
    today = schedules.today();
    executor.execute(
        PLANNER,
        new AuthorisationRequest(
            "A-SCH-BALL",
            "ARMY",
            "762x39-BALL-SC",
            2_000_000L,
            today,
            today.plusDays(300),
            "K-S1"));
    executor.execute(
        PLANNER,
        new AuthorisationRequest(
            "A-SCH-BLANK",
            "POLICE",
            "762x39-BLANK",
            1_000_000L,
            today,
            today.plusDays(150),
            "K-S2"));
    String csv =
        "order,customer,product,quantity,due,priority\n"
            + row("S-1", "ARMY", "762x39-BALL-SC", 300_000, 10, 1)
            + row("S-2", "ARMY", "762x39-BALL-SC", 200_000, 20, 3)
            + row("S-3", "POLICE", "762x39-BLANK", 150_000, 14, 2)
            + row("S-4", "ARMY", "762x39-BALL-SC", 120_000, 30, 4);
    executor.execute(PLANNER, orders.read("s.csv", csv));
  }

  String row(String id, String customer, String product, long qty, int dueInDays, int prio) {
    return String.join(
            ",",
            id,
            customer,
            product,
            String.valueOf(qty),
            today.plusDays(dueInDays).toString(),
            String.valueOf(prio))
        + "\n";
  }

  SolveStatus awaitEnd() throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      SolveStatus s = schedules.current();
      if (s.state() != SolveState.RUNNING) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the solve did not end within 20 s");
  }

  @Test
  void acceptingAPlanEntersOneWorkOrderPerJobIntoTheDispatchLists() throws Exception {
    SolveStatus started = schedules.start(today, 2);
    assertThat(started.state()).isEqualTo(SolveState.RUNNING);
    SolveStatus done = awaitEnd();
    assertThat(done.state()).isEqualTo(SolveState.FINISHED);
    assertThat(done.jobs()).isPositive();

    AcceptedSchedule accepted = executor.execute(PLANNER, schedules.acceptance());

    assertThat(accepted.id()).isEqualTo(started.id());
    assertThat(accepted.jobs()).hasSize(done.jobs());
    assertThat(accepted.metrics()).containsKeys("tardinessHours", "lowerBound");
    List<DispatchEntry> dispatched = new ArrayList<>();
    for (String line : List.of("L1", "L2", "L3", "L4")) {
      dispatched.addAll(
          workOrders.dispatchList(new LineId(line)).stream()
              .filter(d -> d.workOrder().startsWith(accepted.id() + "-"))
              .toList());
    }
    assertThat(dispatched).hasSize(accepted.jobs().size());
    long planned =
        accepted.jobs().stream().mapToLong(j -> ((Number) j.get("quantity")).longValue()).sum();
    assertThat(dispatched.stream().mapToLong(DispatchEntry::quantity).sum())
        .isEqualTo(planned)
        .isEqualTo(300_000 + 200_000 + 150_000 + 120_000);
    Map<String, Object> firstJob = accepted.jobs().get(0);
    assertThat(workOrders.dispatchList(new LineId(firstJob.get("line").toString())))
        .extracting(DispatchEntry::workOrder)
        .contains(firstJob.get("workOrder").toString());
    assertThat(schedules.lastAccepted().orElseThrow().id()).isEqualTo(accepted.id());
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = 'ScheduleAccepted'")
                .query(Long.class)
                .single())
        .isPositive();
    assertThatThrownBy(() -> executor.execute(PLANNER, schedules.acceptance()))
        .isInstanceOf(CommandRejected.class)
        .hasMessageContaining("accepted already");
  }

  @Test
  void aNewlyAcceptedPlanReplacesTheUnstartedWorkOrdersOfTheOldOne() throws Exception {
    schedules.start(today, 1);
    awaitEnd();
    AcceptedSchedule first = executor.execute(PLANNER, schedules.acceptance());
    schedules.start(today, 1);
    awaitEnd();
    AcceptedSchedule second = executor.execute(PLANNER, schedules.acceptance());

    List<String> dispatched = new ArrayList<>();
    for (String line : List.of("L1", "L2", "L3", "L4")) {
      workOrders.dispatchList(new LineId(line)).forEach(d -> dispatched.add(d.workOrder()));
    }
    assertThat(dispatched).noneMatch(w -> w.startsWith(first.id() + "-"));
    assertThat(dispatched)
        .filteredOn(w -> w.startsWith(second.id() + "-"))
        .hasSize(second.jobs().size());
    assertThat(workOrders.find(first.id() + "-1").orElseThrow().status())
        .isEqualTo(WorkOrderStatus.CANCELLED);
  }

  @Test
  void repairWithALineUnderMaintenanceFinishesWithinTenSecondsAndLeavesThatLineIdle()
      throws Exception {
    executor.execute(
        ADMIN,
        new PlantCommands.Transition(
            "L2", new LineTransitionRequest("under-maintenance", "bearing")));
    try {
      ScheduleService.RepairResult r = schedules.repair("L2", "bearing failure");

      assertThat(r.status().state()).isEqualTo(SolveState.FINISHED);
      assertThat(r.status().elapsedMillis()).isLessThan(10_000);
      assertThat(r.lineTakesWork()).isFalse();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> jobs = (List<Map<String, Object>>) r.plan().get("jobs");
      assertThat(jobs).isNotEmpty();
      assertThat(jobs).extracting(j -> j.get("line")).doesNotContain("L2").contains("L1");
    } finally {
      executor.execute(
          ADMIN,
          new PlantCommands.Transition("L2", new LineTransitionRequest("operating", "repaired")));
    }
  }

  @Test
  void onlyPlannersAndAdminsStartStopAndAcceptWhileAuditorsAndOperatorsRead() throws Exception {
    mvc.perform(
            post("/api/schedules")
                .with(user("op").roles("OPERATOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"timeLimitSeconds\":2}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/schedules/current/accept").with(user("q").roles("QUALITY")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/schedules")
                .with(user("p").roles("PLANNER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"timeLimitSeconds\":121}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("timeLimitSeconds"));
    mvc.perform(
            post("/api/schedules")
                .with(user("p").roles("PLANNER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"" + today + "\",\"timeLimitSeconds\":60}"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.id").isString());
    mvc.perform(
            post("/api/schedules")
                .with(user("p").roles("PLANNER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"timeLimitSeconds\":2}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("solve"));
    mvc.perform(get("/api/schedules/current").with(user("a").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.timeLimitSeconds").value(60));
    mvc.perform(post("/api/schedules/current/stop").with(user("p").roles("PLANNER")))
        .andExpect(status().isOk());
    SolveStatus stopped = awaitEnd();
    assertThat(stopped.state()).isEqualTo(SolveState.FINISHED);
    assertThat(stopped.elapsedMillis()).isLessThan(60_000);
    mvc.perform(get("/api/schedules/current").with(user("o").roles("OPERATOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("FINISHED"));
    mvc.perform(
            post("/api/schedules/repair")
                .with(user("p").roles("PLANNER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"line\":\"L9\",\"reason\":\"x\"}"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("line"));
  }

  @Test
  void theGanttPageShowsAPlanToReadersAndItsButtonsOnlyToPlanners() throws Exception {
    schedules.start(today, 1);
    awaitEnd();
    mvc.perform(get("/schedule").with(user("a").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"gantt\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("S-1")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Start solve"))));
    mvc.perform(get("/schedule").with(user("p").roles("PLANNER")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Start solve")));
    mvc.perform(post("/schedule/accept").with(user("o").roles("OPERATOR")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/schedule").with(user("w").roles("WAREHOUSE")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aRunningWorkOrderStaysPinnedOnItsLineWhenReplanningAndReplayRebuildsTheSchedule()
      throws Exception {
    schedules.start(today, 1);
    awaitEnd();
    AcceptedSchedule accepted = executor.execute(PLANNER, schedules.acceptance());
    Map<String, Object> job =
        accepted.jobs().stream().filter(j -> j.get("line").equals("L1")).findFirst().orElseThrow();
    var run =
        executor.execute(
            new Actor("operator"),
            new io.tally.execution.StartRunRequest("L1", null, job.get("workOrder").toString()));
    try {
      schedules.start(today, 1);
      awaitEnd();
      var replanned = schedules.currentPlan().orElseThrow();
      assertThat(replanned.jobs())
          .filteredOn(io.tally.scheduling.solver.ScheduledJob::pinned)
          .singleElement()
          .satisfies(
              j -> {
                assertThat(j.line().value()).isEqualTo("L1");
                assertThat(j.order().value()).isEqualTo(job.get("order"));
                assertThat(j.quantity()).isEqualTo(((Number) job.get("quantity")).longValue());
              });
    } finally {
      executor.execute(new Actor("operator"), RunCommands.End.of(run.run()));
    }
    var report = replay.run();
    assertThat(report.tables())
        .filteredOn(t -> t.table().startsWith("schedule_"))
        .hasSize(2)
        .allSatisfy(t -> assertThat(t.replayedRows()).isEqualTo(t.liveRows()).isPositive());
    assertThat(report.differences()).filteredOn(d -> d.table().startsWith("schedule_")).isEmpty();
  }
}
