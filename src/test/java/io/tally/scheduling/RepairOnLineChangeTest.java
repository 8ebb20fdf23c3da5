package io.tally.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.execution.DispatchEntry;
import io.tally.execution.WorkOrders;
import io.tally.kernel.Actor;
import io.tally.orders.AuthorisationRequest;
import io.tally.orders.Authorisations;
import io.tally.orders.Orders;
import io.tally.plant.LineTransitionRequest;
import io.tally.plant.Lines;
import io.tally.plant.PlantCommands;
import io.tally.plant.model.LineId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A line that goes down while a plan is in force: the plan is repaired and the lists follow. */
@SpringBootTest(properties = "tally.scheduling.repair-on-line-change=true")
@ActiveProfiles("test")
@DirtiesContext
class RepairOnLineChangeTest {
  static final Actor PLANNER = new Actor("planner");
  static final Actor ADMIN = new Actor("admin");

  @Autowired ScheduleService schedules;
  @Autowired io.tally.kernel.CommandExecutor executor;
  @Autowired Orders orders;
  @Autowired Authorisations authorisations;
  @Autowired WorkOrders workOrders;
  @Autowired Lines lines;

  @Test
  void aLineGoingDownGetsThePlanRepairedAndItsDispatchListEmptiedWithinTenSeconds()
      throws Exception {
    LocalDate today = schedules.today();
    executor.execute(
        PLANNER,
        new AuthorisationRequest(
            "A-REP", "ARMY", "762x39-BALL-SC", 2_000_000L, today, today.plusDays(300), "K-R"));
    executor.execute(
        PLANNER,
        orders.read(
            "r.csv",
            "order,customer,product,quantity,due,priority\n"
                + "R-1,ARMY,762x39-BALL-SC,400000,"
                + today.plusDays(10)
                + ",1\n"
                + "R-2,ARMY,762x39-BALL-SC,300000,"
                + today.plusDays(20)
                + ",2\n"));
    schedules.start(today, 2);
    while (schedules.current().state() == SolveState.RUNNING) {
      Thread.sleep(100);
    }
    AcceptedSchedule first = executor.execute(PLANNER, schedules.acceptance());
    assertThat(workOrders.dispatchList(new LineId("L2"))).isNotEmpty();

    long t0 = System.nanoTime();
    executor.execute(
        ADMIN,
        new PlantCommands.Transition(
            "L2", new LineTransitionRequest("under-maintenance", "bearing")));
    AcceptedSchedule repaired = first;
    while (repaired.id().equals(first.id()) && System.nanoTime() - t0 < 15_000_000_000L) {
      Thread.sleep(100);
      repaired = schedules.lastAccepted().orElseThrow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;

    assertThat(repaired.id()).isNotEqualTo(first.id());
    assertThat(seconds).isLessThan(10.0);
    List<Map<String, Object>> jobs = repaired.jobs();
    assertThat(jobs).extracting(j -> j.get("line")).doesNotContain("L2").contains("L1");
    List<DispatchEntry> l2 = workOrders.dispatchList(new LineId("L2"));
    assertThat(l2).isEmpty();
    String prefix = repaired.id() + "-";
    assertThat(workOrders.dispatchList(new LineId("L1")))
        .extracting(DispatchEntry::workOrder)
        .allMatch(w -> w.startsWith(prefix));
  }
}
