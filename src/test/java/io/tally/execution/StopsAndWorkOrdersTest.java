package io.tally.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.plant.model.LineId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class StopsAndWorkOrdersTest extends ExecutionFixture {
  @Autowired WorkOrders workOrders;

  ResultActions enter(String id, String line, String product, long qty, String start)
      throws Exception {
    return mvc.perform(
        asPlanner(post("/api/execution/work-orders"))
            .content(
                """
                {"id":"%s","line":"%s","product":"%s","quantity":%d,"plannedStart":"%s"}"""
                    .formatted(id, line, product, qty, start)));
  }

  @Test
  void oneOpenStopPerLineWithAReasonFromThePlantFile() throws Exception {
    mvc.perform(asOperator(post("/api/execution/lines/L2/stops")).content("{\"reason\":\"CHG\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.category").value("SETUP"));
    mvc.perform(asOperator(post("/api/execution/lines/L2/stops")).content("{\"reason\":\"JAM\"}"))
        .andExpect(status().isConflict());
    mvc.perform(asOperator(post("/api/execution/lines/L2/stops/end")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.endedAt").value("2027-03-01T06:00:00Z"));
    mvc.perform(asOperator(post("/api/execution/lines/L2/stops/end")))
        .andExpect(status().isConflict());
  }

  @Test
  void aStopReasonNotInThePlantFileIsRefused() throws Exception {
    long before = ledgerCount();
    mvc.perform(asOperator(post("/api/execution/lines/L2/stops")).content("{\"reason\":\"NAP\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("reason"));
    mvc.perform(asOperator(post("/api/execution/lines/L9/stops")).content("{\"reason\":\"JAM\"}"))
        .andExpect(status().isNotFound());
    assertThat(ledgerCount()).isEqualTo(before);
  }

  @Test
  void theDispatchListIsTheLinesOpenOrdersInPlannedOrder() throws Exception {
    enter("WO-D-2", "L3", TRACER, 40000, "2027-03-03T06:00:00Z").andExpect(status().isCreated());
    enter("WO-D-1", "L3", BLANK, 30000, "2027-03-02T06:00:00Z").andExpect(status().isCreated());
    enter("WO-D-3", "L3", BLANK, 20000, "2027-03-04T06:00:00Z").andExpect(status().isCreated());
    List<DispatchEntry> list = workOrders.dispatchList(new LineId("L3"));
    assertThat(list)
        .filteredOn(e -> e.workOrder().startsWith("WO-D-"))
        .extracting(DispatchEntry::workOrder)
        .containsExactly("WO-D-1", "WO-D-2", "WO-D-3");
    mvc.perform(get("/api/execution/lines/L3/dispatch-list").with(user("o").roles("OPERATOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].position").value(1));
  }

  @Test
  void aRunAgainstAWorkOrderTakesItsProductAndCompletesItWhenItsQuantityIsMade() throws Exception {
    enter("WO-R-1", "L1", BALL, 5000, "2027-03-01T06:00:00Z").andExpect(status().isCreated());
    String run =
        body(mvc.perform(
                    asOperator(post("/api/execution/runs"))
                        .content("{\"line\":\"L1\",\"workOrder\":\"WO-R-1\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.product").value(BALL)))
            .get("run")
            .asString();
    assertThat(queries.workOrder("WO-R-1").orElseThrow().status())
        .isEqualTo(WorkOrderStatus.IN_PROGRESS);
    count(run, 5000, 0);
    executor.execute(ADMIN, RunCommands.End.of(run));
    assertThat(queries.workOrder("WO-R-1").orElseThrow())
        .extracting(WorkOrderView::status, WorkOrderView::remaining)
        .containsExactly(WorkOrderStatus.COMPLETED, 0L);
    assertThat(workOrders.dispatchList(new LineId("L1")))
        .extracting(DispatchEntry::workOrder)
        .doesNotContain("WO-R-1");
  }

  @Test
  void aWorkOrderIsRefusedForALineThatCannotMakeTheProduct() throws Exception {
    long before = ledgerCount();
    enter("WO-X-1", "L1", TRACER, 100, "2027-03-01T06:00:00Z")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("product"));
    enter("WO-X-2", "L5", BALL, 100, "2027-03-01T06:00:00Z")
        .andExpect(status().isUnprocessableContent());
    assertThat(ledgerCount()).isEqualTo(before);
  }

  @Test
  void aWorkOrderIsRefusedForALineThatMayNotTakeWork() throws Exception {
    move("L2", "under-maintenance");
    try {
      enter("WO-M-1", "L2", BALL, 100, "2027-03-01T06:00:00Z")
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.field").value("line"));
      startRun("L2", BALL).andExpect(status().isConflict());
    } finally {
      move("L2", "operating");
    }
  }

  @Test
  void aPlannerEntersWorkOrdersButAnOperatorMayNot() throws Exception {
    mvc.perform(
            post("/api/execution/work-orders")
                .with(user("o").roles("OPERATOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden());
    enter("WO-P-1", "L1", BALL, 100, "2027-03-01T06:00:00Z")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("OPEN"));
    enter("WO-P-1", "L1", BALL, 100, "2027-03-01T06:00:00Z").andExpect(status().isConflict());
  }

  void move(String line, String to) throws Exception {
    mvc.perform(
            post("/api/lines/" + line + "/transitions")
                .with(user("admin").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\":\"" + to + "\",\"reason\":\"test\"}"))
        .andExpect(status().isOk());
  }
}
