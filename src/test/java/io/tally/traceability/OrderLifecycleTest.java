package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.kernel.Actor;
import io.tally.ledger.Replay;
import io.tally.orders.OrderStatus;
import io.tally.orders.Orders;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An order lives until it is fulfilled by the dispatched shipments linked to it, or closed, which
 * gives back to its authorisation what it had reserved and not received; an open order may be
 * amended within its authorisation.
 */
class OrderLifecycleTest extends TraceabilityApiSupport {
  @Autowired Orders orders;
  @Autowired Replay replay;

  private void order(String id, long quantity) {
    executor.execute(
        new Actor("pl-pat"),
        orders.read(
            "orders.csv",
            "order,customer,product,quantity,due,priority\n"
                + id
                + ",POLICE,"
                + ProductionFixture.BALL
                + ","
                + quantity
                + ","
                + LocalDate.now().plusDays(10)
                + ",3\n"));
  }

  private void dispatched(String id, String auth, String lot, long quantity) throws Exception {
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment(id, "POLICE", auth, loose(lot, quantity, "FG")))
        .andExpect(status().isCreated());
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/" + id + "/approval", null)
        .andExpect(status().isOk());
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/" + id + "/dispatch", null)
        .andExpect(status().isOk());
  }

  @Test
  void linkedDispatchedShipmentsFulfilAnOrder() throws Exception {
    String lot = releasedLotInStore();
    String auth = plant.authorise("POLICE", ProductionFixture.BALL, 5_000);
    order("PO-L1", 3_000);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-L0", "POLICE", auth, loose(lot, 100, "FG")))
        .andExpect(status().isCreated());
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-L0/order", "{\"order\":\"PO-L1\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("status"));

    dispatched("SH-L1", auth, lot, 2_000);
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-L1/order", "{\"order\":\"PO-L1\"}")
        .andExpect(status().isOk());
    assertThat(orders.find("PO-L1").orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-L1/order", "{\"order\":\"PO-L1\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("order"));

    dispatched("SH-L2", auth, lot, 1_000);
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-L2/order", "{\"order\":\"PO-L1\"}")
        .andExpect(status().isOk());
    var fulfilled = orders.find("PO-L1").orElseThrow();
    assertThat(fulfilled.status()).isEqualTo(OrderStatus.FULFILLED);
    assertThat(fulfilled.shipped()).isEqualTo(3_000);
    assertThat(replay.run().identical()).isTrue();
  }

  @Test
  void closingAnOrderGivesBackWhatItHadNotReceived() throws Exception {
    plant.authorise("POLICE", ProductionFixture.BALL, 5_000);
    order("PO-C1", 3_000);
    String auth = orders.find("PO-C1").orElseThrow().authorisation();
    long left = authorisations.find(auth).orElseThrow().remainingToOrder();

    postAs(
            "pl-pat",
            "PLANNER",
            "/api/orders/PO-C1/amendments",
            "{\"quantity\":" + (3_000 + left + 1) + ",\"reason\":\"more\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("quantity"));
    postAs(
            "pl-pat",
            "PLANNER",
            "/api/orders/PO-C1/amendments",
            "{\"quantity\":4000,\"reason\":\"call-off raised\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.quantity").value(4000));
    assertThat(authorisations.find(auth).orElseThrow().remainingToOrder()).isEqualTo(left - 1_000);

    postAs("pl-pat", "PLANNER", "/api/orders/PO-C1/closure", "{\"reason\":\"contract ended\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    assertThat(authorisations.find(auth).orElseThrow().remainingToOrder()).isEqualTo(left + 3_000);
    postAs("pl-pat", "PLANNER", "/api/orders/PO-C1/amendments", "{\"quantity\":1,\"reason\":\"x\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("status"));
    assertThat(replay.run().identical()).isTrue();
  }
}
