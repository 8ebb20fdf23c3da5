package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.tally.traceability.sscc.Sscc;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Units by the product's packaging levels, each with a valid SSCC; packed once, shipped once. */
class PackagingTest extends TraceabilityApiSupport {

  List<String> pack(String lot, String location, int units) throws Exception {
    String body =
        postAs(
                "wh-bob",
                "WAREHOUSE",
                "/api/units",
                """
                {"lot":"%s","location":"%s","units":%d}"""
                    .formatted(lot, location, units))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$[*].sscc");
  }

  String can(List<String> boxes) throws Exception {
    String children = String.join("\",\"", boxes);
    String body =
        postAs(
                "wh-bob",
                "WAREHOUSE",
                "/api/units/aggregations",
                """
                {"level":"can","children":["%s"]}"""
                    .formatted(children))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.sscc");
  }

  @Test
  void packsBoxesOfTwentyWithValidSsccsFromTheManufacturerSymbol() throws Exception {
    String lot = releasedLotInStore();
    List<String> boxes = pack(lot, "FG", 3);
    assertThat(boxes).hasSize(3).allSatisfy(b -> assertThat(Sscc.isSscc(b)).isTrue());
    assertThat(boxes.get(0)).startsWith("0180316");
    getAs("AUDITOR", "/api/units/" + boxes.get(0))
        .andExpect(jsonPath("$.level").value("box"))
        .andExpect(jsonPath("$.contents[0].lot").value(lot))
        .andExpect(jsonPath("$.contents[0].quantity").value(20));
  }

  @Test
  void refusesToPackMoreThanTheLooseGoodRounds() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L2", 50, 3);
    pack(lot, "L2", 2);
    long before = ledgerSize();
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units",
            """
            {"lot":"%s","location":"L2","units":1}"""
                .formatted(lot))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("units"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("has 10 loose good rounds")));
    assertThat(ledgerSize()).isEqualTo(before);
  }

  @Test
  void aCanOfBoxesShipsWithItsContentOnceAndOnlyOnce() throws Exception {
    String lot = releasedLotInStore();
    List<String> boxes = pack(lot, "FG", 33);
    String can = can(boxes);
    getAs("AUDITOR", "/api/units/" + can)
        .andExpect(jsonPath("$.level").value("can"))
        .andExpect(jsonPath("$.contents[0].quantity").value(660));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units/aggregations",
            """
            {"level":"can","children":["%s"]}"""
                .formatted(boxes.get(0)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("children[0]"));

    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 10_000);
    String unitLine = "{\"unit\":\"" + can + "\"}";
    postAs("wh-alice", "WAREHOUSE", "/api/shipments", shipment("SH-U1", "ARMY", auth, unitLine))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.quantity").value(660));
    postAs("wh-alice", "WAREHOUSE", "/api/shipments", shipment("SH-U2", "ARMY", auth, unitLine))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("on shipment SH-U1")));
    postAs("wh-dan", "WAREHOUSE", "/api/shipments/SH-U1/approval", null).andExpect(status().isOk());
    postAs("wh-alice", "WAREHOUSE", "/api/shipments/SH-U1/dispatch", null)
        .andExpect(status().isOk());
    postAs("wh-alice", "WAREHOUSE", "/api/shipments", shipment("SH-U3", "ARMY", auth, unitLine))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("lines[0].unit"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("SHIPPED already")));
    getAs("AUDITOR", "/api/units/" + boxes.get(5)).andExpect(jsonPath("$.state").value("SHIPPED"));
    assertThat(stock(lot, "FG", "SHIPPED")).isEqualTo(660);
    // The packed rounds left with the can; the loose ones are still free.
    postAs(
            "wh-alice",
            "WAREHOUSE",
            "/api/shipments",
            shipment("SH-U4", "ARMY", auth, loose(lot, 6_000 - 660, "FG")))
        .andExpect(status().isCreated());
  }

  @Test
  void splitsABoxAndRepacksABoxIntoAnotherCan() throws Exception {
    String lot = releasedLotInStore();
    List<String> boxes = pack(lot, "FG", 4);
    String first = can(boxes.subList(0, 2));
    String second = can(boxes.subList(2, 3));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units/repacks",
            """
            {"unit":"%s","toParent":"%s"}"""
                .formatted(boxes.get(1), second))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.parent").value(second));
    getAs("AUDITOR", "/api/units/" + first).andExpect(jsonPath("$.contents[0].quantity").value(20));
    getAs("AUDITOR", "/api/units/" + second)
        .andExpect(jsonPath("$.contents[0].quantity").value(40));

    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units/splits",
            """
            {"unit":"%s","quantities":[15,6]}"""
                .formatted(boxes.get(3)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("add up to 21")));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units/splits",
            """
            {"unit":"%s","quantities":[15,5]}"""
                .formatted(boxes.get(3)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].contents[0].quantity").value(15))
        .andExpect(jsonPath("$[1].contents[0].quantity").value(5));
    getAs("AUDITOR", "/api/units/" + boxes.get(3)).andExpect(jsonPath("$.state").value("SPLIT"));
  }

  @Test
  void aCanMovesWithItsBoxesAndTheirRounds() throws Exception {
    String lot = releasedLotInStore();
    List<String> boxes = pack(lot, "L1", 33);
    String can = can(boxes);
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units/moves",
            """
            {"unit":"%s","to":"FG"}"""
                .formatted(boxes.get(0)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("inside unit " + can)));
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/units/moves",
            """
            {"unit":"%s","to":"FG"}"""
                .formatted(can))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.location").value("FG"));
    getAs("AUDITOR", "/api/units/" + boxes.get(32)).andExpect(jsonPath("$.location").value("FG"));
    assertThat(stock(lot, "L1", "RELEASED")).isEqualTo(3_987 - 660);
    assertThat(stock(lot, "FG", "RELEASED")).isEqualTo(6_000 + 660);
  }
}
