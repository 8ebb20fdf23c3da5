package io.tally.demo;

import io.tally.execution.ProductionLotView;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.traceability.PackagingRequests;
import io.tally.traceability.ShipmentCommands;
import io.tally.traceability.ShipmentRequest;
import io.tally.traceability.UnitView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo's dispatch: each week a few boxes of the released lots packed and up to two shipments
 * created, approved by a second user and dispatched under the customer's authorisation.
 */
final class DemoDispatch {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  // Which customer takes which product in the demo.
  private static final Map<String, String> CUSTOMER_OF =
      Map.of("762x39-BALL-SC", "ARMY", "762x39-TRACER", "ARMY", "762x39-BLANK", "LAW-ENF");

  /** The command path that packs and ships, injected once. */
  @Component
  record Commands(CommandExecutor executor) {}

  private final CommandExecutor executor;
  private final DemoUsers users;
  private final DemoContracts contracts;
  private final List<ProductionLotView> releasedThisWeek = new ArrayList<>();
  private long shipped;

  DemoDispatch(Commands commands, DemoUsers users, DemoContracts contracts) {
    this.executor = commands.executor();
    this.users = users;
    this.contracts = contracts;
  }

  /** A released lot, shipped this week if it has enough good rounds. */
  void offer(ProductionLotView lot) {
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
    for (ProductionLotView lot : releasedThisWeek) {
      if (products.contains(lot.product()) || products.size() == 2) {
        continue;
      }
      products.add(lot.product());
      String customer = CUSTOMER_OF.get(lot.product());
      UnitView[] boxes =
          executor.execute(clerk, new PackagingRequests.Pack(lot.lot(), lot.line(), 10));
      List<ShipmentRequest.Line> lines = new ArrayList<>();
      for (UnitView b : boxes) {
        lines.add(new ShipmentRequest.Line(null, null, null, b.sscc()));
      }
      lines.add(new ShipmentRequest.Line(lot.lot(), 10_000L, lot.line(), null));
      String id = "SH-" + DAY.format(day) + "-" + products.size();
      executor.execute(
          clerk,
          new ShipmentRequest(
              id, customer, contracts.authorisation(customer, lot.product()), lines));
      executor.execute(approver, new ShipmentCommands.Approve(id));
      executor.execute(clerk, new ShipmentCommands.Dispatch(id));
      shipped++;
    }
    releasedThisWeek.clear();
  }

  long shipments() {
    return shipped;
  }
}
