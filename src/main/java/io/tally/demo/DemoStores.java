package io.tally.demo;

import io.tally.execution.ExecutionQueries;
import io.tally.execution.LotView;
import io.tally.ledger.Actor;
import io.tally.orders.AuthorisationRequest;
import io.tally.orders.Authorisations;
import io.tally.orders.Orders;
import io.tally.plant.model.Plant;
import io.tally.plant.model.Product;
import io.tally.traceability.ComponentRequests;
import io.tally.traceability.Components;
import io.tally.traceability.Packaging;
import io.tally.traceability.PackagingRequests;
import io.tally.traceability.ShipmentRequest;
import io.tally.traceability.Shipments;
import io.tally.traceability.UnitView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The demo's contracts, stores and dispatch: authorisations and customer orders, weekly component
 * receipts, components issued to the line and consumed into each released lot, and each week a few
 * boxes packed and two shipments created, approved by a second user and dispatched.
 */
final class DemoStores {
  private static final String STORES = "STORES";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final long RECEIPT = 1_500_000;
  // Which customer takes which product in the demo.
  private static final Map<String, String> CUSTOMER_OF =
      Map.of("762x39-BALL-SC", "ARMY", "762x39-TRACER", "ARMY", "762x39-BLANK", "LAW-ENF");

  private record Stock(String lot, long left) {}

  private final DemoUsers users;
  private final Plant plant;
  private final Components components;
  private final Packaging packaging;
  private final Shipments shipments;
  private final Authorisations authorisations;
  private final Orders orders;
  private final ExecutionQueries execution;
  private final Map<String, Deque<Stock>> stock = new HashMap<>();
  private final Map<String, String> authorisationOf = new HashMap<>();
  private final List<LotView> releasedThisWeek = new ArrayList<>();
  private long componentLots;
  private long shipped;

  /** The orders, traceability and execution services the demo's stores call, injected once. */
  @Component
  record Commands(
      Components components,
      Packaging packaging,
      Shipments shipments,
      Authorisations authorisations,
      Orders orders,
      ExecutionQueries execution) {}

  DemoStores(Commands commands, DemoUsers users, Plant plant) {
    this.users = users;
    this.plant = plant;
    this.components = commands.components();
    this.packaging = commands.packaging();
    this.shipments = commands.shipments();
    this.authorisations = commands.authorisations();
    this.orders = commands.orders();
    this.execution = commands.execution();
  }

  /** Authorisations for the three customers and a few customer orders under them. */
  void contracts(LocalDate first, Instant realNow) {
    LocalDate to = LocalDate.ofInstant(realNow, ZoneOffset.UTC).plusDays(365);
    Actor planner = users.actor(DemoUsers.PLANNER);
    String tag = DAY.format(first);
    Map<String, Long> quantities = new LinkedHashMap<>();
    quantities.put("ARMY/762x39-BALL-SC", 30_000_000L);
    quantities.put("ARMY/762x39-TRACER", 8_000_000L);
    quantities.put("POLICE/762x39-BALL-SC", 2_000_000L);
    quantities.put("LAW-ENF/762x39-BLANK", 6_000_000L);
    StringBuilder csv = new StringBuilder("order,customer,product,quantity,due,priority\n");
    int n = 0;
    for (var e : quantities.entrySet()) {
      String customer = e.getKey().substring(0, e.getKey().indexOf('/'));
      String product = e.getKey().substring(e.getKey().indexOf('/') + 1);
      String id = "AUTH-" + customer + "-" + (++n) + "-" + tag;
      authorisations.record(
          planner,
          null,
          new AuthorisationRequest(
              id, customer, product, e.getValue(), first.minusDays(1), to, "DEMO-CONTRACT-" + n));
      authorisationOf.putIfAbsent(customer + "/" + product, id);
      csv.append("SO-")
          .append(tag)
          .append('-')
          .append(n)
          .append(',')
          .append(customer)
          .append(',')
          .append(product)
          .append(',')
          .append(e.getValue() / 20)
          .append(',')
          .append(first.plusDays(20 + 7L * n))
          .append(',')
          .append(n)
          .append('\n');
    }
    orders.importCsv(planner, null, "demo-orders-" + tag + ".csv", csv.toString());
  }

  /** A week's component lots into stores, one per component of any bill of materials. */
  void receive(LocalDate day) {
    TreeSet<String> codes = new TreeSet<>();
    for (Product p : plant.products()) {
      p.bom().forEach(b -> codes.add(b.component()));
    }
    Actor warehouse = users.actor(DemoUsers.WAREHOUSE);
    for (String code : codes) {
      String lot = "C-" + code + "-" + DAY.format(day);
      components.receive(
          warehouse,
          null,
          new ComponentRequests.Receipt(
              lot, code, "Demo supplier", "S" + DAY.format(day), RECEIPT, STORES));
      stock.computeIfAbsent(code, c -> new ArrayDeque<>()).addLast(new Stock(lot, RECEIPT));
      componentLots++;
    }
  }

  /** Components of a released lot's produced rounds: issued to its line and consumed into it. */
  void consume(String lotNumber) {
    LotView lot = execution.lot(lotNumber).orElse(null);
    if (lot == null) {
      return;
    }
    Product product =
        plant.productsByCode().get(new io.tally.plant.model.ProductCode(lot.product()));
    Actor warehouse = users.actor(DemoUsers.WAREHOUSE);
    Actor operator = users.actor(DemoUsers.OPERATOR);
    long produced = lot.good() + lot.scrap();
    for (Product.BomLine b : product.bom()) {
      long need = Math.round(produced * b.perUnit());
      Deque<Stock> queue = stock.getOrDefault(b.component(), new ArrayDeque<>());
      while (need > 0 && !queue.isEmpty()) {
        Stock s = queue.pollFirst();
        long take = Math.min(need, s.left());
        components.issue(
            warehouse, null, new ComponentRequests.Issue(s.lot(), take, STORES, lot.line()));
        components.consume(
            operator, null, new ComponentRequests.Consumption(s.lot(), lotNumber, take, null));
        need -= take;
        if (s.left() > take) {
          queue.addFirst(new Stock(s.lot(), s.left() - take));
        }
      }
    }
    if (lot.good() >= 20_000) {
      releasedThisWeek.add(lot);
    }
  }

  /**
   * Up to two shipments of the week's released lots: ten boxes packed at the line and loose rounds,
   * created by one warehouse user, approved by the other, then dispatched.
   */
  void shipWeek(LocalDate day) {
    Actor clerk = users.actor(DemoUsers.WAREHOUSE);
    Actor approver = users.actor(DemoUsers.WAREHOUSE_2);
    List<String> products = new ArrayList<>();
    for (LotView lot : releasedThisWeek) {
      if (products.contains(lot.product()) || products.size() == 2) {
        continue;
      }
      products.add(lot.product());
      String customer = CUSTOMER_OF.get(lot.product());
      List<UnitView> boxes =
          packaging.pack(clerk, null, new PackagingRequests.Pack(lot.lot(), lot.line(), 10));
      List<ShipmentRequest.Line> lines = new ArrayList<>();
      boxes.forEach(b -> lines.add(new ShipmentRequest.Line(null, null, null, b.sscc())));
      lines.add(new ShipmentRequest.Line(lot.lot(), 10_000L, lot.line(), null));
      String id = "SH-" + DAY.format(day) + "-" + products.size();
      shipments.create(
          clerk,
          null,
          new ShipmentRequest(
              id, customer, authorisationOf.get(customer + "/" + lot.product()), lines));
      shipments.approve(approver, null, id);
      shipments.dispatch(clerk, null, id);
      shipped++;
    }
    releasedThisWeek.clear();
  }

  long componentLots() {
    return componentLots;
  }

  long shipments() {
    return shipped;
  }

  long lots() {
    return execution.lotCount();
  }
}
