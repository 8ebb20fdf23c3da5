package io.tally.demo;

import io.tally.execution.ExecutionQueries;
import io.tally.execution.ProductionLotView;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.orders.AuthorisationRequest;
import io.tally.orders.Orders;
import io.tally.plant.model.Plant;
import io.tally.plant.model.Product;
import io.tally.traceability.ComponentRequests;
import io.tally.traceability.Components;
import io.tally.traceability.IncomingRequests;
import io.tally.traceability.SupplierApprovals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The demo's contracts and stores: authorisations and customer orders, weekly component receipts,
 * components issued to the line and consumed into each released lot.
 */
final class DemoStores {
  private static final String STORES = "STORES";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final long RECEIPT = 1_500_000;
  private static final String DEMO_SUPPLIER = "Demo supplier";

  private record Stock(String lot, long left) {}

  private final DemoUsers users;
  private final Plant plant;
  private final Components components;
  private final CommandExecutor executor;
  private final SupplierApprovals suppliers;
  private final Orders orders;
  private final ExecutionQueries execution;
  private final Map<String, Deque<Stock>> stock = new HashMap<>();
  private final Map<String, String> authorisationOf = new HashMap<>();
  private long componentLots;

  /** The orders, traceability and execution services the demo's stores call, injected once. */
  @Component
  record Commands(
      Components components,
      CommandExecutor executor,
      SupplierApprovals suppliers,
      Orders orders,
      ExecutionQueries execution) {}

  DemoStores(Commands commands, DemoUsers users, Plant plant) {
    this.users = users;
    this.plant = plant;
    this.components = commands.components();
    this.executor = commands.executor();
    this.suppliers = commands.suppliers();
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
      executor.execute(
          planner,
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
    executor.execute(planner, orders.read("demo-orders-" + tag + ".csv", csv.toString()));
  }

  /**
   * A week's component lots into stores, one per component of any bill of materials, each from the
   * component's first approved supplier (the admin approves a demo supplier where the plant file
   * names none), released by receiving inspection with nothing found in the sample.
   */
  void receive(LocalDate day) {
    TreeSet<String> codes = new TreeSet<>();
    for (Product p : plant.products()) {
      p.bom().forEach(b -> codes.add(b.component()));
    }
    Actor warehouse = users.actor(DemoUsers.WAREHOUSE);
    for (String code : codes) {
      String lot = "C-" + code + "-" + DAY.format(day);
      executor.execute(
          warehouse,
          new ComponentRequests.Receipt(
              lot,
              code,
              supplier(code),
              "S" + DAY.format(day),
              RECEIPT,
              STORES,
              "COC-" + lot,
              null,
              day.plusYears(1)));
      executor.execute(
          users.actor(DemoUsers.QUALITY),
          new IncomingRequests.Inspect(lot, new IncomingRequests.Findings(0)));
      stock.computeIfAbsent(code, c -> new ArrayDeque<>()).addLast(new Stock(lot, RECEIPT));
      componentLots++;
    }
  }

  private String supplier(String component) {
    List<String> approved = suppliers.approvedFor(component);
    if (!approved.isEmpty()) {
      return approved.get(0);
    }
    executor.execute(
        users.actor(DemoUsers.ADMIN),
        new IncomingRequests.Approve(
            component, DEMO_SUPPLIER, "the plant file approves no supplier of it"));
    return DEMO_SUPPLIER;
  }

  /**
   * Components of a released lot's produced rounds: issued to its line and consumed into it.
   * Returns the lot, if there is one of that number.
   */
  Optional<ProductionLotView> consume(String lotNumber) {
    ProductionLotView lot = execution.lot(lotNumber).orElse(null);
    if (lot == null) {
      return Optional.empty();
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
    return Optional.of(lot);
  }

  /** The authorisation the demo's contracts gave the customer for the product. */
  String authorisation(String customer, String product) {
    return authorisationOf.get(customer + "/" + product);
  }

  long componentLots() {
    return componentLots;
  }

  long lots() {
    return execution.lotCount();
  }
}
