package io.tally.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.client.ApiClient;
import io.tally.client.ApiException;
import io.tally.client.api.ExecutionApi;
import io.tally.client.api.LedgerApi;
import io.tally.client.api.OrdersApi;
import io.tally.client.api.PlantApi;
import io.tally.client.api.QualityApi;
import io.tally.client.api.SchedulingApi;
import io.tally.client.api.SecurityApi;
import io.tally.client.api.TraceabilityApi;
import io.tally.client.model.AuthorisationRequest;
import io.tally.client.model.ClassPlan;
import io.tally.client.model.ClassResult;
import io.tally.client.model.CountAck;
import io.tally.client.model.CountRequest;
import io.tally.client.model.DispatchEntry;
import io.tally.client.model.ImportResult;
import io.tally.client.model.InspectionRequest;
import io.tally.client.model.Line;
import io.tally.client.model.LineView;
import io.tally.client.model.LotFigures;
import io.tally.client.model.LotPlans;
import io.tally.client.model.LotView;
import io.tally.client.model.NewUser;
import io.tally.client.model.Pack;
import io.tally.client.model.ProductionLotView;
import io.tally.client.model.ReconciliationReport;
import io.tally.client.model.RunView;
import io.tally.client.model.ShipmentRequest;
import io.tally.client.model.ShipmentView;
import io.tally.client.model.Solve;
import io.tally.client.model.SolveStatus;
import io.tally.client.model.StartRunRequest;
import io.tally.client.model.TraceReport;
import io.tally.client.model.UnitView;
import io.tally.kernel.Actor;
import io.tally.security.Users;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The floor flow driven by the Java client the build generates from the committed snapshot of the
 * served OpenAPI document (OpenApiSnapshotTest keeps them equal), and by nothing else but one ADMIN
 * made at the start: users, an authorisation, an order import, a solved and accepted schedule, a
 * run on its work order, counts, the lot's close, inspection and release, packing, a shipment
 * approved by a second person and dispatched, the trace and the reconciliation. An operation the
 * document describes wrongly (a missing body property, a wrong type, an enum missing a value) fails
 * here, where an integrator would meet it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedClientFloorFlowTest {
  static final String PASSWORD = "generated-client-floor-flow-7";
  static final String PRODUCT = "762x39-BALL-SC";

  @LocalServerPort int port;
  @Autowired Users users;

  @Test
  void theGeneratedClientDrivesTheWholeFloorFlow() throws Exception {
    String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    String admin = "gc.admin." + tag.toLowerCase();
    users.add(Actor.SYSTEM, null, new Users.NewUser(admin, List.of("ADMIN"), PASSWORD));

    // Users, through the API: each step below is done by the role the API demands of it.
    SecurityApi security = new SecurityApi(client(admin));
    String planner = user(security, "gc.planner", tag, "PLANNER");
    String operator = user(security, "gc.operator", tag, "OPERATOR");
    String inspector = user(security, "gc.inspector", tag, "QUALITY");
    String clerk = user(security, "gc.clerk", tag, "WAREHOUSE");
    String approver = user(security, "gc.approver", tag, "WAREHOUSE");
    String auditor = user(security, "gc.auditor", tag, "AUDITOR");

    // The customer's authorisation and an order under it.
    LocalDate today = LocalDate.now();
    String authorisation = "AUTH-GC-" + tag;
    OrdersApi orders = new OrdersApi(client(planner));
    assertThat(
            orders
                .postAuthorisations(
                    new AuthorisationRequest()
                        .id(authorisation)
                        .customer("ARMY")
                        .product(PRODUCT)
                        .quantity(1_000_000L)
                        .validFrom(today.minusDays(1))
                        .validTo(today.plusDays(365))
                        .documentRef("contract " + authorisation),
                    key())
                .getRemaining())
        .isEqualTo(1_000_000L);
    String order = "O-GC-" + tag;
    ImportResult imported =
        orders.postOrdersImport(
            "order,customer,product,quantity,due,priority\n"
                + order
                + ",ARMY,"
                + PRODUCT
                + ",20000,"
                + today.plusDays(60)
                + ",1\n",
            "floor-flow.csv",
            key());
    assertThat(imported.getImported()).isEqualTo(1);

    // A schedule solved and accepted: its work orders appear on the lines' dispatch lists.
    SchedulingApi scheduling = new SchedulingApi(client(planner));
    SolveStatus solve = scheduling.postSchedules(new Solve().from(today).timeLimitSeconds(2));
    for (int i = 0; i < 300 && solve.getState() == SolveStatus.StateEnum.RUNNING; i++) {
      Thread.sleep(100);
      solve = scheduling.getSchedulesCurrent();
    }
    assertThat(solve.getState())
        .as(String.valueOf(solve.getError()))
        .isEqualTo(SolveStatus.StateEnum.FINISHED);
    String schedule = scheduling.postSchedulesCurrentAccept(key()).getId();
    assertThat(schedule).isEqualTo(solve.getId());

    ExecutionApi execution = new ExecutionApi(client(operator));
    DispatchEntry work = null;
    String line = null;
    for (LineView l : new PlantApi(client(operator)).getLines()) {
      for (DispatchEntry e : execution.getExecutionLinesLineDispatchList(l.getId())) {
        if (work == null
            && PRODUCT.equals(e.getProduct())
            && e.getWorkOrder() != null
            && e.getWorkOrder().startsWith(schedule)) {
          work = e;
          line = l.getId();
        }
      }
    }
    assertThat(work).as("a work order of schedule " + schedule).isNotNull();

    // The run on that work order, its counts, and its lot closed.
    RunView run =
        execution.postExecutionRuns(
            new StartRunRequest().line(line).workOrder(work.getWorkOrder()), key());
    assertThat(run.getProduct()).isEqualTo(PRODUCT);
    CountAck counted =
        execution.postExecutionRunsRunCounts(
            run.getRun(),
            new CountRequest().good(BigDecimal.valueOf(12_000)).scrap(BigDecimal.valueOf(40)),
            key());
    assertThat(counted.getRunGood()).isEqualTo(12_000L);
    String lot = counted.getBooked().get(0).getLot();
    if (counted.getClosedLots() == null || !counted.getClosedLots().contains(lot)) {
      ProductionLotView closed = execution.postExecutionLotsLotClose(lot, key());
      assertThat(closed.getStatus()).isEqualTo(ProductionLotView.StatusEnum.CLOSED);
    }
    long good = execution.getExecutionLotsLot(lot).getGood();

    // Inspection by the lot's plans, nothing found: the lot is released.
    QualityApi quality = new QualityApi(client(inspector));
    assertThat(quality.getQualityQueue()).anyMatch(q -> lot.equals(q.getLot()));
    LotPlans plans = quality.getQualityLotsLotPlans(lot);
    List<ClassResult> results = new ArrayList<>();
    for (ClassPlan p : plans.getPlans()) {
      if (p.getN() != null) {
        boolean destructive = Boolean.TRUE.equals(p.getDestructive());
        results.add(
            new ClassResult()
                .propertyClass(p.getPropertyClass())
                .n(p.getN())
                .d(0)
                .destroyed(destructive ? (long) p.getN() : null));
      }
    }
    LotView released =
        quality.postQualityLotsLotInspections(lot, new InspectionRequest().results(results), key());
    assertThat(released.getStatus()).isEqualTo(LotView.StatusEnum.RELEASED);

    // Packed at the line into two boxes; shipped with loose rounds, approved by a second clerk.
    TraceabilityApi warehouse = new TraceabilityApi(client(clerk));
    List<UnitView> boxes = warehouse.postUnits(new Pack().lot(lot).location(line).units(2), key());
    assertThat(boxes).hasSize(2).allSatisfy(b -> assertThat(b.getSscc()).hasSize(18));
    long packed = 0;
    List<Line> lines = new ArrayList<>();
    for (UnitView b : boxes) {
      lines.add(new Line().unit(b.getSscc()));
      packed += b.getContents().stream().mapToLong(c -> c.getQuantity()).sum();
    }
    lines.add(new Line().lot(lot).quantity(1_000L).location(line));
    String shipment = "SH-GC-" + tag;
    ShipmentView created =
        warehouse.postShipments(
            new ShipmentRequest()
                .id(shipment)
                .customer("ARMY")
                .authorisation(authorisation)
                .lines(lines),
            key());
    assertThat(created.getStatus()).isEqualTo(ShipmentView.StatusEnum.CREATED);
    assertThat(created.getQuantity()).isEqualTo(packed + 1_000L);
    try {
      warehouse.postShipmentsIdApproval(shipment, key());
      throw new AssertionError("the shipment's creator approved it");
    } catch (ApiException refused) {
      assertThat(refused.getCode()).isBetween(400, 499);
      assertThat(refused.getResponseBody()).contains("\"status\"");
    }
    ShipmentView approved =
        new TraceabilityApi(client(approver)).postShipmentsIdApproval(shipment, key());
    assertThat(approved.getStatus()).isEqualTo(ShipmentView.StatusEnum.APPROVED);
    assertThat(approved.getApprovedBy()).isEqualTo(approver);
    ShipmentView dispatched = warehouse.postShipmentsIdDispatch(shipment, key());
    assertThat(dispatched.getStatus()).isEqualTo(ShipmentView.StatusEnum.DISPATCHED);
    execution.postExecutionRunsRunEnd(run.getRun(), key());

    // The trace reaches the customer; the reconciliation accounts for every round of the lot.
    TraceabilityApi audit = new TraceabilityApi(client(auditor));
    TraceReport trace = audit.getTraceLot(lot);
    assertThat(trace.getCustomers()).contains("ARMY");
    assertThat(trace.getShipments())
        .anyMatch(s -> shipment.equals(s.getShipment()) && "ARMY".equals(s.getCustomer()));
    ReconciliationReport reconciliation = audit.getReconciliation();
    LotFigures figures =
        reconciliation.getLots().stream()
            .filter(f -> lot.equals(f.getLot()))
            .findFirst()
            .orElseThrow();
    assertThat(figures.getClosedGood()).isEqualTo(good);
    // What inspection released is now shipped or still in released stock.
    assertThat(figures.getReleased() + figures.getShipped())
        .isEqualTo(released.getReleasedQuantity());
    assertThat(figures.getShipped()).isEqualTo(packed + 1_000L);
    assertThat(new LedgerApi(client(auditor)).getLedgerVerify().getIntact()).isTrue();
  }

  private String user(SecurityApi security, String name, String tag, String role)
      throws ApiException {
    String full = name + "." + tag.toLowerCase();
    assertThat(
            security
                .postUsers(new NewUser().name(full).roles(List.of(role)).password(PASSWORD), key())
                .getName())
        .isEqualTo(full);
    return full;
  }

  private ApiClient client(String user) {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://127.0.0.1:" + port);
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    client.setRequestInterceptor(b -> b.header("Authorization", "Basic " + basic));
    return client;
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}
