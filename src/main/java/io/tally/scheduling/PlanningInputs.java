package io.tally.scheduling;

import io.tally.kernel.CommandRejected;
import io.tally.orders.CustomerOrder;
import io.tally.orders.Orders;
import io.tally.orders.model.Order;
import io.tally.orders.model.OrderId;
import io.tally.plant.Lines;
import io.tally.plant.PlantService;
import io.tally.plant.model.CustomerId;
import io.tally.plant.model.Line;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.ProductCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a solve starts from, read from the other modules: the open orders, the plant with its lines
 * in the states they have now, and today at the plant.
 */
@Component
class PlanningInputs {
  private final PlantService plant;
  private final Lines lines;
  private final Orders orders;
  private final Clock clock;

  PlanningInputs(PlantService plant, Lines lines, Orders orders, Clock clock) {
    this.plant = plant;
    this.lines = lines;
    this.orders = orders;
    this.clock = clock;
  }

  /** The open imported orders as the solver's orders. */
  List<Order> openOrders() {
    return orders.open().stream().map(PlanningInputs::order).toList();
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(plant.plant().site().zone()));
  }

  /** A line of the plant named by a request; refused naming {@code line} when it is none. */
  LineId line(String line) {
    LineId id;
    try {
      id = new LineId(line);
    } catch (IllegalArgumentException e) {
      throw CommandRejected.invalid("line", e.getMessage());
    }
    if (plant.plant().findLine(id).isEmpty()) {
      throw CommandRejected.notFound("line", "no line '" + line + "'");
    }
    return id;
  }

  boolean takesWork(LineId line) {
    return lines.takesWork(line);
  }

  /** The plant file's lines with the states they have now (a transition moves a line's state). */
  Plant plantAsItStands() {
    Plant p = plant.plant();
    List<Line> now =
        p.lines().stream()
            .map(
                l ->
                    new Line(
                        l.id(),
                        l.name(),
                        l.stage(),
                        lines.stateOf(l.id()),
                        l.calendar(),
                        l.capabilities(),
                        l.changeoverMinutes(),
                        l.reliability()))
            .toList();
    return new Plant(
        p.site(),
        p.calendars(),
        p.stages(),
        p.products(),
        now,
        p.acceptanceActs(),
        p.stopReasons(),
        p.customers());
  }

  private static Order order(CustomerOrder o) {
    return new Order(
        new OrderId(o.id()),
        new CustomerId(o.customer()),
        new ProductCode(o.product()),
        o.quantity(),
        o.due(),
        o.priority());
  }
}
