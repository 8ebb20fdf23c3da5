package io.tally.demo;

import io.tally.execution.ProductionLotView;
import io.tally.kernel.Actor;
import io.tally.traceability.Packaging;
import io.tally.traceability.PackagingRequests;
import io.tally.traceability.ShipmentRequest;
import io.tally.traceability.Shipments;
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

  /** Traceability's packing and shipping services, injected once. */
  @Component
  record Commands(Packaging packaging, Shipments shipments) {}

  private final Packaging packaging;
  private final Shipments shipments;
  private final DemoUsers users;
  private final DemoStores stores;
  private final List<ProductionLotView> releasedThisWeek = new ArrayList<>();
  private long shipped;

  DemoDispatch(Commands commands, DemoUsers users, DemoStores stores) {
    this.packaging = commands.packaging();
    this.shipments = commands.shipments();
    this.users = users;
    this.stores = stores;
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
      List<UnitView> boxes =
          packaging.pack(clerk, null, new PackagingRequests.Pack(lot.lot(), lot.line(), 10));
      List<ShipmentRequest.Line> lines = new ArrayList<>();
      boxes.forEach(b -> lines.add(new ShipmentRequest.Line(null, null, null, b.sscc())));
      lines.add(new ShipmentRequest.Line(lot.lot(), 10_000L, lot.line(), null));
      String id = "SH-" + DAY.format(day) + "-" + products.size();
      shipments.create(
          clerk,
          null,
          new ShipmentRequest(id, customer, stores.authorisation(customer, lot.product()), lines));
      shipments.approve(approver, null, id);
      shipments.dispatch(clerk, null, id);
      shipped++;
    }
    releasedThisWeek.clear();
  }

  long shipments() {
    return shipped;
  }
}
