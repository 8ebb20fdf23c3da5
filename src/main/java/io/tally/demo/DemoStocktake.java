package io.tally.demo;

import io.tally.kernel.CommandExecutor;
import io.tally.traceability.Inventory;
import io.tally.traceability.StocktakeLine;
import io.tally.traceability.StocktakeRequests;
import io.tally.traceability.StocktakeView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The component stores' stocktake each quarter: counted by the warehouse, every line as the book
 * has it but one, where the counter finds three units more (never fewer, so the demo's stores never
 * issue units that are not there); a difference is approved by two other people.
 */
final class DemoStocktake {
  private final CommandExecutor executor;
  private final Inventory inventory;
  private final DemoUsers users;
  private int made;

  DemoStocktake(CommandExecutor executor, Inventory inventory, DemoUsers users) {
    this.executor = executor;
    this.inventory = inventory;
    this.users = users;
  }

  int made() {
    return made;
  }

  void count(LocalDate day) {
    Map<String, Long> book = new HashMap<>();
    inventory.components().forEach(s -> book.put(s.lot() + "@" + s.location(), s.quantity()));
    String id = "ST-STORES-" + day;
    StocktakeView opened =
        executor.execute(
            users.actor(DemoUsers.WAREHOUSE), new StocktakeRequests.Open(id, "STORES", null));
    List<StocktakeRequests.LineCount> counts = new ArrayList<>();
    boolean found = false;
    for (StocktakeLine l : opened.lines()) {
      long counted = book.getOrDefault(l.lot() + "@" + l.location(), 0L);
      if (!found && counted > 0) {
        counted += 3;
        found = true;
      }
      counts.add(new StocktakeRequests.LineCount(l.line(), counted));
    }
    if (!counts.isEmpty()) {
      executor.execute(
          users.actor(DemoUsers.WAREHOUSE),
          new StocktakeRequests.Count(id, new StocktakeRequests.Counts(counts)));
    }
    StocktakeView closed =
        executor.execute(users.actor(DemoUsers.WAREHOUSE), new StocktakeRequests.Close(id));
    if (closed.status().equals("AWAITING")) {
      executor.execute(users.actor(DemoUsers.WAREHOUSE_2), new StocktakeRequests.Approve(id));
      executor.execute(users.actor(DemoUsers.QUALITY), new StocktakeRequests.Approve(id));
    }
    made++;
  }
}
