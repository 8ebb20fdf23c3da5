package io.tally.demo;

import io.tally.execution.ExecutionQueries;
import io.tally.execution.ProductionLotView;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.plant.model.Plant;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import io.tally.traceability.ComponentRequests;
import io.tally.traceability.IncomingRequests;
import io.tally.traceability.SupplierApprovals;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The demo's stores: weekly component receipts, components issued to the line and consumed into
 * each released lot.
 */
final class DemoStores {
  private static final String STORES = "STORES";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final long RECEIPT = 1_500_000;
  private static final String DEMO_SUPPLIER = "Demo supplier";

  private record Stock(String lot, long left) {}

  private final DemoUsers users;
  private final Plant plant;
  private final CommandExecutor executor;
  private final SupplierApprovals suppliers;
  private final ExecutionQueries execution;
  private final Map<String, Deque<Stock>> stock = new HashMap<>();
  private long componentLots;

  /** The traceability and execution services the demo's stores call, injected once. */
  @Component
  record Commands(
      CommandExecutor executor, SupplierApprovals suppliers, ExecutionQueries execution) {}

  DemoStores(Commands commands, DemoUsers users, Plant plant) {
    this.users = users;
    this.plant = plant;
    this.executor = commands.executor();
    this.suppliers = commands.suppliers();
    this.execution = commands.execution();
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
    Product product = plant.productsByCode().get(new ProductCode(lot.product()));
    Actor warehouse = users.actor(DemoUsers.WAREHOUSE);
    Actor operator = users.actor(DemoUsers.OPERATOR);
    long produced = lot.good() + lot.scrap();
    for (Product.BomLine b : product.bom()) {
      long need = Math.round(produced * b.perUnit());
      Deque<Stock> queue = stock.getOrDefault(b.component(), new ArrayDeque<>());
      while (need > 0 && !queue.isEmpty()) {
        Stock s = queue.pollFirst();
        long take = Math.min(need, s.left());
        executor.execute(warehouse, new ComponentRequests.Issue(s.lot(), take, STORES, lot.line()));
        executor.execute(
            operator, new ComponentRequests.Consumption(s.lot(), lotNumber, take, null));
        need -= take;
        if (s.left() > take) {
          queue.addFirst(new Stock(s.lot(), s.left() - take));
        }
      }
    }
    return Optional.of(lot);
  }

  long componentLots() {
    return componentLots;
  }

  long lots() {
    return execution.lotCount();
  }
}
