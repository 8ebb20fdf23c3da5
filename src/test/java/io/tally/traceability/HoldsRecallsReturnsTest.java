package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.tally.ledger.Replay;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Holds on demand, recalls and customer returns: a hold (downstream by the genealogy) refuses
 * packing, moves to dispatch, shipping and issuing; a recall reaches exactly the customers the
 * genealogy and the shipments name and closes only when all have acknowledged; a return never
 * exceeds what its shipment carried, and reconciliation still balances.
 */
class HoldsRecallsReturnsTest extends TraceabilityApiSupport {
  @Autowired Replay replay;

  void receive(String componentLot, long quantity) throws Exception {
    receiveReleased(componentLot, "BULLET-762-SC", quantity, "STORES");
  }

  void consume(String componentLot, String lot, long quantity) throws Exception {
    postAs(
            "op-carl",
            "OPERATOR",
            "/api/component-lots/consumptions",
            """
            {"componentLot":"%s","lot":"%s","quantity":%d,"location":"STORES"}"""
                .formatted(componentLot, lot, quantity))
        .andExpect(status().isCreated());
  }

  String hold(String id, String subject, boolean downstream) throws Exception {
    return postAs(
            "q-quinn",
            "QUALITY",
            "/api/holds",
            """
            {"id":"%s","subject":"%s","reason":"bullet diameter out of tolerance","downstream":%s}"""
                .formatted(id, subject, downstream))
        .andExpect(status().isCreated())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  String packOne(String lot, String location) throws Exception {
    String body =
        postAs(
                "wh-cara",
                "WAREHOUSE",
                "/api/units",
                """
                {"lot":"%s","location":"%s","units":1}"""
                    .formatted(lot, location))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.<List<String>>read(body, "$[*].sscc").get(0);
  }

  void shipped(String id, String customer, String lot, long quantity) throws Exception {
    String auth = plant.authorise(customer, ProductionFixture.BALL, quantity);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment(id, customer, auth, loose(lot, quantity, "FG")))
        .andExpect(status().isCreated());
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/" + id + "/approval", null)
        .andExpect(status().isOk());
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/" + id + "/dispatch", null)
        .andExpect(status().isOk());
  }

  @Test
  void aDownstreamHoldOnAComponentLotStopsEveryLotMadeFromItAndItsUnits() throws Exception {
    receive("CL-H1", 1_000);
    String a = releasedLotInStore();
    String b = releasedLotInStore();
    String clean = releasedLotInStore();
    consume("CL-H1", a, 300);
    consume("CL-H1", b, 200);
    String box = packOne(a, "FG");
    long before = ledgerSize();
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/holds",
            "{\"id\":\"H-X\",\"subject\":\"CL-H1\",\"reason\":\"x\"}")
        .andExpect(status().isForbidden());
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/holds",
            "{\"id\":\"H-X\",\"subject\":\"NO-SUCH\",\"reason\":\"x\"}")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("subject"));
    postAs("q-quinn", "QUALITY", "/api/holds", "{\"id\":\"H-X\",\"subject\":\"CL-H1\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("reason"));
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/holds",
            "{\"id\":\"bad id!\",\"subject\":\"CL-H1\",\"reason\":\"x\"}")
        .andExpect(status().is4xxClientError())
        .andExpect(jsonPath("$.field").value("id"));
    assertThat(ledgerSize()).isEqualTo(before);

    String held = hold("H-CL1", "CL-H1", true);
    assertThat(JsonPath.<String>read(held, "$.kind")).isEqualTo("COMPONENT_LOT");
    assertThat(JsonPath.<List<String>>read(held, "$.items[?(@.kind == 'LOT')].id"))
        .containsExactlyInAnyOrder(a, b);
    assertThat(JsonPath.<List<String>>read(held, "$.items[?(@.kind == 'UNIT')].id"))
        .containsExactly(box);
    assertThat(JsonPath.<List<String>>read(held, "$.stock[*].lot")).contains(a, b, "CL-H1");
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/holds",
            "{\"id\":\"H-CL1\",\"subject\":\"CL-H1\",\"reason\":\"x\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("id"));

    String auth = plant.authorise("POLICE", ProductionFixture.BALL, 1_000);
    before = ledgerSize();
    postAs(
            "wh-cara",
            "WAREHOUSE",
            "/api/units",
            "{\"lot\":\"" + b + "\",\"location\":\"FG\",\"units\":1}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("lot"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("hold H-CL1")));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units/moves",
            "{\"unit\":\"" + box + "\",\"to\":\"DISPATCH\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("to"));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/inventory/moves",
            """
            {"material":"FINISHED","lot":"%s","quantity":5,"from":"FG","to":"DISPATCH"}"""
                .formatted(b))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("hold H-CL1")));
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-H1", "POLICE", auth, loose(a, 100, "FG")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("lines"));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots/issues",
            "{\"componentLot\":\"CL-H1\",\"quantity\":10,\"from\":\"STORES\",\"line\":\"L1\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("componentLot"));
    assertThat(
            jdbc.sql("SELECT type FROM ledger_entry WHERE seq > ?")
                .param(before)
                .query(String.class)
                .list())
        .isEmpty();

    move(b, 5, "FG", "QUARANTINE");
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-H2", "POLICE", auth, loose(clean, 100, "FG")))
        .andExpect(status().isCreated());

    postAs("q-quinn", "QUALITY", "/api/holds/H-CL1/release", "{}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("reason"));
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/holds/H-CL1/release",
            "{\"reason\":\"supplier re-measured: in tolerance\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RELEASED"))
        .andExpect(jsonPath("$.releasedBy").value("q-quinn"));
    postAs("q-quinn", "QUALITY", "/api/holds/H-CL1/release", "{\"reason\":\"again\"}")
        .andExpect(status().isConflict());
    packOne(b, "FG");
    assertThat(replay.run().identical()).isTrue();
  }

  @Test
  void aHoldWithoutDownstreamHoldsTheLotOnlyAndStopsAnApprovedShipmentsDispatch() throws Exception {
    receive("CL-H2", 1_000);
    String lot = releasedLotInStore();
    consume("CL-H2", lot, 100);
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 500);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-H3", "ARMY", auth, loose(lot, 500, "FG")))
        .andExpect(status().isCreated());
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-H3/approval", null).andExpect(status().isOk());
    String held = hold("H-LOT", lot, false);
    assertThat(JsonPath.<List<String>>read(held, "$.items[*].id")).containsExactly(lot);
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-H3/dispatch", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("lines"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("hold H-LOT")));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots/issues",
            "{\"componentLot\":\"CL-H2\",\"quantity\":10,\"from\":\"STORES\",\"line\":\"L1\"}")
        .andExpect(status().isCreated());
    getAs("AUDITOR", "/api/holds")
        .andExpect(jsonPath("$[?(@.id == 'H-LOT')].status").value(Matchers.contains("ACTIVE")));
    String lotPage =
        getAs("AUDITOR", "/lots/" + lot).andReturn().getResponse().getContentAsString();
    assertThat(lotPage).contains("H-LOT", "bullet diameter out of tolerance");
    String tracePage =
        getAs("AUDITOR", "/lots/CL-H2").andReturn().getResponse().getContentAsString();
    assertThat(tracePage).contains("H-LOT");
  }

  @Test
  void aRecallReachesExactlyTheCustomersAndClosesOnlyWhenAllAcknowledged() throws Exception {
    receive("CL-R1", 1_000);
    String toPolice = releasedLotInStore();
    String toArmy = releasedLotInStore();
    String inPlant = releasedLotInStore();
    String unrelated = releasedLotInStore();
    consume("CL-R1", toPolice, 100);
    consume("CL-R1", toArmy, 100);
    consume("CL-R1", inPlant, 100);
    shipped("SH-R-P", "POLICE", toPolice, 400);
    shipped("SH-R-A", "ARMY", toArmy, 300);
    shipped("SH-R-L", "LAW-ENF", unrelated, 200);
    String auth = plant.authorise("LAW-ENF", ProductionFixture.BALL, 100);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-R-W", "LAW-ENF", auth, loose(inPlant, 100, "FG")))
        .andExpect(status().isCreated());

    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/recalls",
            "{\"id\":\"RC-1\",\"subject\":\"CL-R1\",\"reason\":\"x\"}")
        .andExpect(status().isForbidden());
    var open =
        post("/api/recalls")
            .with(user("q-quinn").roles("QUALITY"))
            .header("Idempotency-Key", "recall-rc-1")
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"id\":\"RC-1\",\"subject\":\"CL-R1\",\"reason\":\"primer failures in the field\"}");
    String recall =
        mvc.perform(open)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long size = ledgerSize();
    assertThat(mvc.perform(open).andReturn().getResponse().getContentAsString()).isEqualTo(recall);
    assertThat(ledgerSize()).isEqualTo(size);
    assertThat(JsonPath.<List<String>>read(recall, "$.customers[*].customer"))
        .containsExactly("ARMY", "POLICE");
    assertThat(JsonPath.<List<String>>read(recall, "$.shipments[*].shipment"))
        .containsExactly("SH-R-A", "SH-R-P");
    assertThat(JsonPath.<List<Integer>>read(recall, "$.shipments[*].quantity"))
        .containsExactly(300, 400);
    assertThat(JsonPath.<String>read(recall, "$.hold")).isEqualTo("RC-1");
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/recalls",
            "{\"id\":\"RC-1\",\"subject\":\"CL-R1\",\"reason\":\"x\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("id"));
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/recalls",
            "{\"id\":\"RC-2\",\"subject\":\"NOPE\",\"reason\":\"x\"}")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("subject"));
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/recalls/RC-1/acknowledgements",
            "{\"customer\":\"ARMY\",\"acknowledgedBy\":\"x\",\"acknowledgedOn\":\"2026-01-01\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("document"));
    postAs("q-quinn", "QUALITY", "/api/recalls/RC-9/close", null)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("recall"));
    getAs("AUDITOR", "/api/holds/RC-1")
        .andExpect(
            jsonPath("$.items[?(@.kind == 'LOT')].id")
                .value(Matchers.containsInAnyOrder(toPolice, toArmy, inPlant)));
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-R-W/approval", null)
        .andExpect(status().isOk());
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-R-W/dispatch", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("hold RC-1")));

    postAs("q-quinn", "QUALITY", "/api/recalls/RC-1/close", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("customers"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("ARMY, POLICE")));
    postAs("q-quinn", "QUALITY", "/api/holds/RC-1/release", "{\"reason\":\"early\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("hold"));
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/recalls/RC-1/acknowledgements",
            ack("LAW-ENF", LocalDate.now()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("customer"));
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/recalls/RC-1/acknowledgements",
            ack("POLICE", LocalDate.now().plusDays(2)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("acknowledgedOn"));
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/recalls/RC-1/acknowledgements",
            ack("POLICE", LocalDate.now()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.customers[1].acknowledgedBy").value("Col. Ramos, logistics"))
        .andExpect(jsonPath("$.customers[1].document").value("ACK-77"));
    postAs("adm-ada", "ADMIN", "/api/recalls/RC-1/acknowledgements", ack("POLICE", LocalDate.now()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("customer"));
    postAs("adm-ada", "ADMIN", "/api/recalls/RC-1/acknowledgements", ack("ARMY", LocalDate.now()))
        .andExpect(status().isOk());
    postAs("adm-ada", "ADMIN", "/api/recalls/RC-1/close", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    postAs("q-quinn", "QUALITY", "/api/holds/RC-1/release", "{\"reason\":\"lots re-tested\"}")
        .andExpect(status().isOk());
    String trace =
        getAs("AUDITOR", "/api/trace/CL-R1").andReturn().getResponse().getContentAsString();
    assertThat(JsonPath.<List<String>>read(trace, "$.customers")).contains("ARMY", "POLICE");
    assertThat(replay.run().identical()).isTrue();
  }

  static String ack(String customer, LocalDate on) {
    return """
        {"customer":"%s","acknowledgedBy":"Col. Ramos, logistics","acknowledgedOn":"%s","document":"ACK-77"}"""
        .formatted(customer, on);
  }

  static String customerReturn(String id, String shipment, String lot, long quantity) {
    return """
        {"id":"%s","shipment":"%s","lot":"%s","quantity":%d,"location":"QUARANTINE",
         "reason":"damaged cases","document":"RMA-%s"}"""
        .formatted(id, shipment, lot, quantity, id);
  }

  @Test
  void aReturnIsBoundedByItsShipmentAndReconciliationStillBalances() throws Exception {
    String lot = releasedLotInStore();
    String other = releasedLotInStore();
    shipped("SH-RT1", "POLICE", lot, 1_000);
    String auth = plant.authorise("POLICE", ProductionFixture.BALL, 100);
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-RT2", "POLICE", auth, loose(lot, 100, "FG")))
        .andExpect(status().isCreated());
    long before = ledgerSize();
    postAs("q-quinn", "QUALITY", "/api/returns", customerReturn("RT-0", "SH-RT1", lot, 10))
        .andExpect(status().isForbidden());
    postAs("wh-bob", "WAREHOUSE", "/api/returns", customerReturn("RT-0", "SH-RT2", lot, 10))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("shipment"));
    postAs("wh-bob", "WAREHOUSE", "/api/returns", customerReturn("RT-0", "SH-RT1", other, 10))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("lot"));
    postAs("wh-bob", "WAREHOUSE", "/api/returns", customerReturn("RT-0", "SH-RT1", lot, 1_001))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("quantity"));
    postAs("wh-bob", "WAREHOUSE", "/api/returns", customerReturn("RT-0", "SH-RT1", lot, 0))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("quantity"));
    postAs("wh-bob", "WAREHOUSE", "/api/returns", customerReturn("RT-0", "NO-SHIP", lot, 10))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.field").value("shipment"));
    assertThat(ledgerSize()).isEqualTo(before);

    postAs("wh-bob", "WAREHOUSE", "/api/returns", customerReturn("RT-1", "SH-RT1", lot, 600))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("AWAITING"))
        .andExpect(jsonPath("$.customer").value("POLICE"))
        .andExpect(jsonPath("$.authorisation").isNotEmpty());
    assertThat(stock(lot, "QUARANTINE", "HELD")).isEqualTo(600);
    assertThat(stock(lot, "FG", "SHIPPED")).isEqualTo(400);
    postAs("wh-bob", "WAREHOUSE", "/api/returns", customerReturn("RT-2", "SH-RT1", lot, 401))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("at most 400 more")));
    postAs("wh-bob", "WAREHOUSE", "/api/returns", customerReturn("RT-2", "SH-RT1", lot, 300))
        .andExpect(status().isCreated());
    postAs("wh-bob", "WAREHOUSE", "/api/returns", customerReturn("RT-3", "SH-RT1", lot, 100))
        .andExpect(status().isCreated());

    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/returns/RT-1/disposition",
            "{\"disposition\":\"RELEASE\",\"note\":\"ok\"}")
        .andExpect(status().isForbidden());
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/returns/RT-1/disposition",
            "{\"disposition\":\"KEEP\",\"note\":\"ok\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("disposition"));
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/returns/RT-1/disposition",
            "{\"disposition\":\"RELEASE\",\"note\":\"cases intact after inspection\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RELEASED"));
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/returns/RT-1/disposition",
            "{\"disposition\":\"SCRAP\",\"note\":\"again\"}")
        .andExpect(status().isConflict());
    postAs(
            "q-quinn",
            "QUALITY",
            "/api/returns/RT-2/disposition",
            "{\"disposition\":\"SCRAP\",\"note\":\"wet\"}")
        .andExpect(jsonPath("$.status").value("SCRAPPED"));
    String reworked =
        postAs(
                "q-quinn",
                "QUALITY",
                "/api/returns/RT-3/disposition",
                "{\"disposition\":\"REWORK\",\"note\":\"re-case\"}")
            .andExpect(jsonPath("$.status").value("REWORKED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String newLot = JsonPath.read(reworked, "$.newLot");
    assertThat(newLot).isEqualTo(lot + "-R1");
    assertThat(stock(lot, "QUARANTINE", "RELEASED")).isEqualTo(600);
    assertThat(stock(lot, "QUARANTINE", "SCRAPPED")).isEqualTo(300);
    assertThat(stock(newLot, "QUARANTINE", "QUARANTINE")).isEqualTo(100);
    assertThat(stock(lot, "FG", "SHIPPED")).isZero();

    String report =
        getAs("AUDITOR", "/api/reconciliation").andReturn().getResponse().getContentAsString();
    assertThat(
            JsonPath.<List<Object>>read(report, "$.differences[?(@.subject == 'lot " + lot + "')]"))
        .isEmpty();
    assertThat(
            JsonPath.<List<Object>>read(
                report, "$.differences[?(@.subject == 'lot " + newLot + "')]"))
        .isEmpty();
    assertThat(JsonPath.<List<Integer>>read(report, "$.lots[?(@.lot == '" + lot + "')].returned"))
        .containsExactly(1_000);
    assertThat(JsonPath.<List<Integer>>read(report, "$.lots[?(@.lot == '" + lot + "')].shipped"))
        .containsExactly(0);
    assertThat(replay.run().identical()).isTrue();
  }
}
