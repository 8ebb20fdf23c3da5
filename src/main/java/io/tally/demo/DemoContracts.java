package io.tally.demo;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.orders.AuthorisationRequest;
import io.tally.orders.Orders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's contracts: an authorisation for each customer and product the demo ships, and a few
 * customer orders under them, imported as the planner's orders file.
 */
final class DemoContracts {
  private final CommandExecutor executor;
  private final Orders orders;
  private final DemoUsers users;
  private final Map<String, String> authorisationOf = new HashMap<>();

  DemoContracts(CommandExecutor executor, Orders orders, DemoUsers users) {
    this.executor = executor;
    this.orders = orders;
    this.users = users;
  }

  /** Authorisations for the three customers and a few customer orders under them. */
  void contracts(LocalDate first, Instant realNow) {
    LocalDate to = LocalDate.ofInstant(realNow, ZoneOffset.UTC).plusDays(365);
    Actor planner = users.actor(DemoUsers.PLANNER);
    String tag = DemoStores.DAY.format(first);
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

  /** The authorisation the demo's contracts gave the customer for the product. */
  String authorisation(String customer, String product) {
    return authorisationOf.get(customer + "/" + product);
  }
}
