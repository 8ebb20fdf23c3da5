package io.tally.web;

import io.tally.execution.WorkOrderId;
import io.tally.kernel.Actor;
import io.tally.ledger.Ledger;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.scheduling.ScheduleEvent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Script planted in every free-text field a page shows. Each sets {@code window.__xss} to its
 * field's name if it ever runs. Ids that the API may come to refuse by pattern are planted below
 * the API, as ledger entries the projections apply like any other; text that stays free (reasons,
 * scenario names) goes through the ordinary commands.
 */
final class HostileText {
  static final String SUPPLIER = "<img src=x onerror=window.__xss='supplier'>";
  static final String SUPPLIER_LOT = "\"><svg onload=window.__xss='supplier-lot'>";
  static final String COMPONENT_LOT = "CL-<svg onload=window.__xss='component-lot'>";
  static final String AUTHORISATION = "A-<script>window.__xss='authorisation'</script>";
  static final String DOCUMENT = "\"><img src=x onerror=window.__xss='document'>";
  static final String SHIPMENT = "SH-<img src=x onerror=window.__xss='shipment'>";
  static final String ORDER = "O-<img src=x onerror=window.__xss='order'>";
  static final String WHY_LATE = "<script>window.__xss='why-late'</script>";
  static final String CONCESSION = "<img src=x onerror=window.__xss='concession'>";
  static final String SCRAP = "</textarea><script>window.__xss='scrap'</script>";
  static final String SCENARIO = "<img src=x onerror=window.__xss='scenario'>";
  static final String SEARCH = "<img src=x onerror=window.__xss='search'>";

  private static final Actor WAREHOUSE = new Actor("wh.xss");
  private static final Actor PLANNER = new Actor("planner.xss");

  private final Ledger ledger;
  private final TransactionTemplate tx;

  HostileText(Ledger ledger, TransactionTemplate tx) {
    this.ledger = ledger;
    this.tx = tx;
  }

  /**
   * A component lot from a hostile supplier consumed into {@code lot}, which ships under hostile
   * ids.
   */
  void componentsAndShipment(String lot, String product) {
    append(
        WAREHOUSE,
        "ComponentLotReceived",
        map(
            "componentLot",
            COMPONENT_LOT,
            "component",
            "CASE-762x39",
            "supplier",
            SUPPLIER,
            "supplierLot",
            SUPPLIER_LOT,
            "quantity",
            100L,
            "location",
            "STORES"));
    append(
        WAREHOUSE,
        "ComponentLotIssued",
        map("componentLot", COMPONENT_LOT, "quantity", 100L, "from", "STORES", "line", "L1"));
    append(
        new Actor("op.xss"),
        "ComponentsConsumed",
        map(
            "componentLot",
            COMPONENT_LOT,
            "component",
            "CASE-762x39",
            "lot",
            lot,
            "quantity",
            100L,
            "location",
            "L1"));
    append(
        PLANNER,
        "AuthorisationRecorded",
        map(
            "id",
            AUTHORISATION,
            "customer",
            "LAW-ENF",
            "product",
            product,
            "quantity",
            10_000L,
            "validFrom",
            LocalDate.now().minusDays(5).toString(),
            "validTo",
            LocalDate.now().plusDays(30).toString(),
            "documentRef",
            DOCUMENT));
    append(
        WAREHOUSE,
        "ShipmentCreated",
        map(
            "shipment",
            SHIPMENT,
            "customer",
            "LAW-ENF",
            "authorisation",
            AUTHORISATION,
            "product",
            product,
            "quantity",
            500L,
            "lines",
            List.of(map("lot", lot, "quantity", 500L, "location", "L1", "unit", null))));
  }

  /**
   * An accepted schedule whose order and late-order reason are hostile (work orders and products
   * are ids a ScheduleAccepted record cannot hold in any other form).
   */
  void schedule(String product) {
    LocalDateTime day = LocalDate.now().plusDays(1).atStartOfDay();
    LineId line = new LineId("L1");
    ProductCode made = new ProductCode(product);
    OrderId order = new OrderId(ORDER);
    tx.executeWithoutResult(
        s ->
            ledger.append(
                PLANNER,
                new ScheduleEvent.ScheduleAccepted(
                    "SCH-XSS",
                    LocalDate.now(),
                    1,
                    new ScheduleEvent.Metrics(
                        4, 1, 1, day.plusHours(14), new ScheduleEvent.Bound(0, day.plusHours(10))),
                    List.of(
                        new ScheduleEvent.Job(
                            new WorkOrderId("WO-XSS-1"),
                            order,
                            line,
                            made,
                            10_000L,
                            day.plusHours(6),
                            day.plusHours(14),
                            false)),
                    List.of(
                        new ScheduleEvent.ChangeoverSlot(
                            line,
                            day.plusHours(5).plusMinutes(30),
                            day.plusHours(6),
                            new ProductCode("762x39-TRACER"),
                            made,
                            30)),
                    List.of(
                        new ScheduleEvent.Late(
                            order, 1, LocalDate.now(), day.plusHours(14), 4, line, WHY_LATE)))));
  }

  private void append(Actor actor, String type, Map<String, ?> payload) {
    tx.executeWithoutResult(s -> ledger.append(actor, type, payload));
  }

  /** An ordered map from key, value pairs; unlike Map.of it keeps nulls. */
  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
