package io.tally.traceability.bench;

import io.tally.execution.ExecutionEvent;
import io.tally.execution.RunId;
import io.tally.execution.lot.CloseRule;
import io.tally.execution.lot.LotNumber;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.ledger.Ledger;
import io.tally.orders.AuthorisationRequest;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A simulated year of the reference plant written as ledger entries (so every projection fills as
 * in production): 4 lines x 250 days, one lot per line-day (16 hourly counts of 4,300 good and 75
 * scrap, about 69 M good rounds a year), samples and release per lot, a component lot of 490,000
 * per component and line every 7 line-days (received, issued, consumed into 7 lots), and every
 * day's lots shipped, one shipment per product, to the three customers in turn. Packaging units are
 * left out: a year is 3.5 M boxes, and no lot or component trace reads them.
 */
public final class PlantYear {
  static final String[] LINES = {"L1", "L2", "L3", "L4"};
  static final String[] PRODUCTS = {
    "762x39-BALL-SC", "762x39-BALL-SC", "762x39-TRACER", "762x39-BLANK"
  };
  static final String[][] BOMS = {
    {"CASE-762x39", "BULLET-762-SC", "PRIMER-BOXER-SR", "CHARGE-762x39"},
    {"CASE-762x39", "BULLET-762-SC", "PRIMER-BOXER-SR", "CHARGE-762x39"},
    {"CASE-762x39", "BULLET-762-T", "PRIMER-BOXER-SR", "CHARGE-762x39"},
    {"CASE-762x39-BL", "PRIMER-BOXER-SR", "CHARGE-762x39-BL"},
  };
  static final String[] CUSTOMERS = {"ARMY", "POLICE", "LAW-ENF"};
  static final String MONTHS = "ABCDEFGHJKLM";
  static final int DAYS = 250;

  public final List<String> lots = new ArrayList<>();
  public final List<String> componentLots = new ArrayList<>();
  public long entries;

  private final Ledger ledger;
  private final TransactionTemplate tx;
  private final Actor actor = new Actor("sim");

  private PlantYear(ApplicationContext ctx) {
    this.ledger = ctx.getBean(Ledger.class);
    this.tx = ctx.getBean(TransactionTemplate.class);
  }

  public static PlantYear generate(ApplicationContext ctx) {
    PlantYear y = new PlantYear(ctx);
    CommandExecutor auth = ctx.getBean(CommandExecutor.class);
    for (String c : CUSTOMERS) {
      for (String p : new String[] {"762x39-BALL-SC", "762x39-TRACER", "762x39-BLANK"}) {
        auth.execute(
            new Actor("planner"),
            new AuthorisationRequest(
                c + "-" + p,
                c,
                p,
                100_000_000L,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2099, 12, 31),
                "year contract"));
      }
    }
    for (int day = 0; day < DAYS; day++) {
      int d = day;
      y.tx.executeWithoutResult(s -> y.day(d));
    }
    return y;
  }

  private void day(int day) {
    Map<String, List<Map<String, Object>>> shipLines = new LinkedHashMap<>();
    for (int l = 0; l < LINES.length; l++) {
      String line = LINES[l];
      String product = PRODUCTS[l];
      String lot = "RCP27%c%03d-%03d".formatted(MONTHS.charAt(day * 12 / DAYS), l + 1, day + 1);
      lots.add(lot);
      if (day % 7 == 0) {
        for (String component : BOMS[l]) {
          String cl = component + "-" + line + "-W" + (day / 7);
          componentLots.add(cl);
          append(
              "ComponentLotReceived",
              "componentLot",
              cl,
              "component",
              component,
              "supplier",
              "Supplier of " + component,
              "supplierLot",
              "S" + day,
              "quantity",
              490_000L,
              "location",
              "STORES");
          append(
              "ComponentLotIssued",
              "componentLot",
              cl,
              "quantity",
              490_000L,
              "from",
              "STORES",
              "line",
              line);
        }
      }
      LotNumber number = LotNumber.parse(lot);
      RunId run = new RunId("RUN-" + lot.replaceAll("[^0-9]", ""));
      Instant at = Instant.parse(at(day));
      var code = new ProductCode(product);
      var lineId = new LineId(line);
      append(new ExecutionEvent.LotOpened(number, code, lineId, run, at));
      for (int h = 0; h < 16; h++) {
        append(new ExecutionEvent.CountReported(run, number, lineId, code, 4_300L, 75L, at));
      }
      append(
          new ExecutionEvent.LotClosed(number, code, lineId, 68_800L, 1_200L, at, CloseRule.TIME));
      for (String component : BOMS[l]) {
        String cl = component + "-" + line + "-W" + (day / 7);
        append(
            "ComponentsConsumed",
            "componentLot",
            cl,
            "component",
            component,
            "lot",
            lot,
            "quantity",
            70_000L,
            "location",
            line);
      }
      append("SamplesConsumed", "lot", lot, "quantity", 315L, "at", at(day));
      Map<String, Object> released = new LinkedHashMap<>();
      released.put("lot", lot);
      released.put("product", product);
      released.put("quantity", 68_485L);
      released.put("at", at(day));
      released.put("byConcession", false);
      released.put("approvedBy", null);
      ledger.append(actor, "LotReleased", released);
      entries++;
      shipLines
          .computeIfAbsent(product, k -> new ArrayList<>())
          .add(Map.of("lot", lot, "quantity", 60_000L, "location", line));
    }
    int n = 0;
    for (var e : shipLines.entrySet()) {
      String customer = CUSTOMERS[(day + n++) % CUSTOMERS.length];
      String id = "SH-" + day + "-" + n;
      long quantity = e.getValue().size() * 60_000L;
      List<Map<String, Object>> lines = new ArrayList<>();
      for (var line : e.getValue()) {
        Map<String, Object> m = new LinkedHashMap<>(line);
        m.put("unit", null);
        lines.add(m);
      }
      append(
          "ShipmentCreated",
          "shipment",
          id,
          "customer",
          customer,
          "authorisation",
          customer + "-" + e.getKey(),
          "product",
          e.getKey(),
          "quantity",
          quantity,
          "lines",
          lines);
      ledger.append(
          new Actor("approver"),
          "ShipmentApproved",
          Map.of("shipment", id, "approvedBy", "approver"));
      entries++;
      append(
          "ShipmentDispatched",
          "shipment",
          id,
          "customer",
          customer,
          "authorisation",
          customer + "-" + e.getKey(),
          "lines",
          lines,
          "units",
          List.of());
    }
  }

  private void append(ExecutionEvent event) {
    ledger.append(actor, event);
    entries++;
  }

  private void append(String type, Object... fields) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      p.put((String) fields[i], fields[i + 1]);
    }
    ledger.append(actor, type, p);
    entries++;
  }

  private static String at(int day) {
    return LocalDate.of(2027, 1, 4).plusDays(day * 365L / DAYS) + "T06:00:00Z";
  }
}
