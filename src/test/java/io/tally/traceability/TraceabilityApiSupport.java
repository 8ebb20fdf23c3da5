package io.tally.traceability;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tally.kernel.CommandExecutor;
import io.tally.ledger.Ledger;
import io.tally.orders.Authorisations;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One Spring context for every traceability API test, with helpers to act as a role. Its own
 * property makes it a context (and an in-memory database) of its own, so that reconciliation sees
 * only what these tests recorded, never another module's test data.
 */
@SpringBootTest(properties = "tally.test.context=traceability")
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class TraceabilityApiSupport {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate tx;
  @Autowired Authorisations authorisations;
  @Autowired CommandExecutor executor;
  ProductionFixture plant;

  @BeforeEach
  void fixture() {
    plant = new ProductionFixture(ledger, tx, executor);
  }

  ResultActions postAs(String name, String role, String path, String json) throws Exception {
    return mvc.perform(
        post(path)
            .with(user(name).roles(role))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json == null ? "" : json));
  }

  ResultActions getAs(String role, String path) throws Exception {
    return mvc.perform(get(path).with(user("reader").roles(role)));
  }

  long ledgerSize() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  long stock(String lot, String location, String state) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM finished_stock WHERE lot = ? AND location = ?"
                + " AND state = ?")
        .params(lot, location, state)
        .query(Long.class)
        .single();
  }

  /** A lot of 10,000 good rounds on L1, 13 destroyed by testing, released, 6,000 moved to FG. */
  String releasedLotInStore() throws Exception {
    String lot = plant.produceLot(ProductionFixture.BALL, "L1", 10_000, 120);
    plant.samplesConsumed(lot, 13);
    plant.release(lot, 9_987);
    move(lot, 6_000, "L1", "FG");
    return lot;
  }

  void move(String lot, long quantity, String from, String to) throws Exception {
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/inventory/moves",
            """
            {"material":"FINISHED","lot":"%s","quantity":%d,"from":"%s","to":"%s"}"""
                .formatted(lot, quantity, from, to))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
  }

  /**
   * A receipt from the component's first approved supplier in the reference plant, with a
   * certificate.
   */
  static String receipt(String lot, String component, long quantity, String location) {
    String supplier =
        io.tally.plant.model.PlantFileReader.readDefault().purchased(component).suppliers().stream()
            .findFirst()
            .orElse("Nobody");
    return """
        {"componentLot":"%s","component":"%s","supplier":"%s","supplierLot":"S-%s",
         "quantity":%d,"location":"%s","certificate":"COC-%s"}"""
        .formatted(lot, component, supplier, lot, quantity, location, lot);
  }

  /** Receives a component lot into quarantine and releases it: nothing found in the sample. */
  void receiveReleased(String lot, String component, long quantity, String location)
      throws Exception {
    postAs(
            "wh-bob",
            "WAREHOUSE",
            "/api/component-lots",
            receipt(lot, component, quantity, location))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
    inspect(lot, 0)
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
  }

  ResultActions inspect(String componentLot, int nonconforming) throws Exception {
    return postAs(
        "qa-quinn",
        "QUALITY",
        "/api/component-lots/" + componentLot + "/inspection",
        "{\"nonconforming\":" + nonconforming + "}");
  }

  static String shipment(String id, String customer, String auth, String linesJson) {
    return """
        {"id":"%s","customer":"%s","authorisation":"%s","lines":[%s]}"""
        .formatted(id, customer, auth, linesJson);
  }

  static String loose(String lot, long quantity, String location) {
    return """
        {"lot":"%s","quantity":%d,"location":"%s"}"""
        .formatted(lot, quantity, location);
  }
}
