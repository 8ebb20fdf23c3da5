package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.Command;
import io.tally.kernel.CommandRejected;
import io.tally.support.Postgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Traceability's commands that check stock or a status before they append, sent twice at the same
 * moment on PostgreSQL: each time one takes effect and the other is refused with the conflict it
 * would meet one after the other, because both run under the ledger lock the command path holds. No
 * rounds are packed, moved or promised twice, no component stock is issued twice, and no shipment
 * is dispatched twice.
 */
// Closed after the class: each cached PostgreSQL context holds a pool of connections to the server.
@DirtiesContext
class ConcurrentTraceabilityCommandsOnPostgresTest extends TraceabilityApiSupport {
  static final Actor CLERK = new Actor("wh-ann");
  static final Actor SECOND = new Actor("wh-bob");
  static final String DONE = "done";

  @Autowired Availability availability;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @BeforeAll
  static void needsPostgres() {
    Postgres.assumeAvailable();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    Postgres.register(registry);
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void twoPackingsOfTheSameLooseRoundsPackThemOnce() throws Exception {
    String lot = releasedLotInStore();
    // 6,000 loose rounds at FG; two hundred boxes of twenty take 4,000, so only one packing fits.
    PackagingRequests.Pack pack = new PackagingRequests.Pack(lot, "FG", 200);

    List<String> outcomes = together(CLERK, pack, SECOND, pack);

    assertThat(outcomes).containsOnlyOnce(DONE);
    assertThat(outcomes).anySatisfy(o -> assertThat(o).startsWith("units: 200 boxes need 4000"));
    assertThat(packedUnitsOf(lot)).isEqualTo(200);
    assertThat(availability.loose(lot, "FG", StockState.RELEASED)).isEqualTo(2_000);
  }

  @Test
  void twoMovesOfTheSameLooseRoundsMoveThemOnce() throws Exception {
    String lot = releasedLotInStore();
    MoveRequest move = new MoveRequest("FINISHED", lot, 4_000L, "FG", "DISPATCH");

    List<String> outcomes = together(CLERK, move, SECOND, move);

    assertThat(outcomes).containsOnlyOnce(DONE);
    assertThat(outcomes).anySatisfy(o -> assertThat(o).startsWith("quantity: lot " + lot));
    assertThat(stock(lot, "FG", "RELEASED")).isEqualTo(2_000);
    assertThat(stock(lot, "DISPATCH", "RELEASED")).isEqualTo(4_000);
  }

  @Test
  void twoIssuesOfTheSameComponentStockIssueItOnce() throws Exception {
    String lot = "CL-RACE-" + System.nanoTime() % 1_000_000;
    receiveReleased(lot, "BULLET-762-SC", 1_000, "STORES");
    ComponentRequests.Issue issue = new ComponentRequests.Issue(lot, 600L, "STORES", "L1");

    List<String> outcomes = together(CLERK, issue, SECOND, issue);

    assertThat(outcomes)
        .containsExactlyInAnyOrder(
            DONE, "quantity: component lot '" + lot + "' has 400 at STORES, not 600");
    assertThat(componentStock(lot, "STORES")).isEqualTo(400);
    assertThat(componentStock(lot, "L1")).isEqualTo(600);
  }

  @Test
  void twoShipmentsOfTheSameUnitPromiseItOnce() throws Exception {
    String lot = releasedLotInStore();
    String box = executor.execute(CLERK, new PackagingRequests.Pack(lot, "FG", 1))[0].sscc();
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 100_000);

    List<String> outcomes =
        together(
            CLERK,
            shipmentOf("SH-U1-" + lot, auth, box),
            SECOND,
            shipmentOf("SH-U2-" + lot, auth, box));

    assertThat(outcomes).containsOnlyOnce(DONE);
    assertThat(outcomes)
        .anySatisfy(
            o -> assertThat(o).startsWith("lines[0].unit: unit " + box + " is on shipment SH-U"));
    assertThat(shipmentLinesWith(box)).isEqualTo(1);
    assertThat(authorisations.find(auth).orElseThrow().used()).isEqualTo(20);
  }

  @Test
  void twoDispatchesOfTheSameShipmentDispatchItOnce() throws Exception {
    String lot = releasedLotInStore();
    String box = executor.execute(CLERK, new PackagingRequests.Pack(lot, "FG", 1))[0].sscc();
    String auth = plant.authorise("ARMY", ProductionFixture.BALL, 100_000);
    String id = "SH-D-" + lot;
    executor.execute(CLERK, shipmentOf(id, auth, box));
    executor.execute(SECOND, new ShipmentCommands.Approve(id));
    ShipmentCommands.Dispatch dispatch = new ShipmentCommands.Dispatch(id);

    List<String> outcomes = together(CLERK, dispatch, SECOND, dispatch);

    assertThat(outcomes).containsOnlyOnce(DONE);
    assertThat(outcomes)
        .anySatisfy(
            o ->
                assertThat(o)
                    .isEqualTo(
                        "status: shipment "
                            + id
                            + " is DISPATCHED;"
                            + " only an approved shipment is dispatched"));
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM ledger_entry WHERE type = 'ShipmentDispatched' AND"
                        + " payload LIKE ?")
                .param("%\"" + id + "\"%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private static ShipmentRequest shipmentOf(String id, String auth, String unit) {
    return new ShipmentRequest(
        id, "ARMY", auth, List.of(new ShipmentRequest.Line(null, null, null, unit)));
  }

  /** Runs both commands at the same moment: "done" or "field: message" for each. */
  private List<String> together(Actor a, Command<?> first, Actor b, Command<?> second)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<String>> runs = new ArrayList<>();
    runs.add(pool.submit(() -> attempt(start, a, first)));
    runs.add(pool.submit(() -> attempt(start, b, second)));
    List<String> outcomes = new ArrayList<>();
    for (Future<String> run : runs) {
      outcomes.add(run.get(60, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  private String attempt(CyclicBarrier start, Actor actor, Command<?> command) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    try {
      executor.execute(actor, command);
      return DONE;
    } catch (CommandRejected refused) {
      return refused.field() + ": " + refused.getMessage();
    }
  }

  private long packedUnitsOf(String lot) {
    return jdbc.sql("SELECT COUNT(*) FROM unit_content WHERE lot = ?")
        .param(lot)
        .query(Long.class)
        .single();
  }

  private long componentStock(String lot, String location) {
    return jdbc.sql(
            "SELECT COALESCE(SUM(quantity), 0) FROM component_stock WHERE component_lot = ? AND"
                + " location = ?")
        .params(lot, location)
        .query(Long.class)
        .single();
  }

  private long shipmentLinesWith(String unit) {
    return jdbc.sql("SELECT COUNT(*) FROM shipment_line WHERE unit = ?")
        .param(unit)
        .query(Long.class)
        .single();
  }
}
