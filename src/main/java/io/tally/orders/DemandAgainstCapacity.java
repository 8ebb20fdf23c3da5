package io.tally.orders;

import io.tally.plant.Lines;
import io.tally.plant.PlantService;
import io.tally.plant.model.MonthlyCapacity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Demand of open orders per month (by due date) and product family, beside dated capacity. */
@Service
public class DemandAgainstCapacity {
  private final PlantService plant;
  private final Lines lines;
  private final Orders orders;

  DemandAgainstCapacity(PlantService plant, Lines lines, Orders orders) {
    this.plant = plant;
    this.lines = lines;
    this.orders = orders;
  }

  /**
   * A month of one family: demand due, capacity of the eligible lines, and the load (demand over
   * capacity; above 1 the month cannot be met on time without building ahead).
   */
  public record Row(
      YearMonth month,
      String family,
      long demand,
      long capacity,
      double capacityHours,
      Double load,
      List<String> lines) {}

  public List<Row> of(YearMonth from, int months) {
    if (months < 1 || months > 36) {
      throw io.tally.kernel.CommandRejected.invalid("months", "months must be 1 to 36");
    }
    Map<String, Long> demand = new HashMap<>();
    for (CustomerOrder o : orders.open()) {
      String family =
          plant.plant().product(new io.tally.plant.model.ProductCode(o.product())).family();
      demand.merge(YearMonth.from(o.due()) + "|" + family, o.quantity(), Long::sum);
    }
    List<Row> out = new ArrayList<>();
    for (MonthlyCapacity.Cell c :
        MonthlyCapacity.of(plant.plant(), from, months, l -> lines.takesWork(l.id()))) {
      long d = demand.getOrDefault(c.month() + "|" + c.family(), 0L);
      out.add(
          new Row(
              c.month(),
              c.family(),
              d,
              c.units(),
              c.hours(),
              c.units() == 0 ? null : (double) d / c.units(),
              c.lines()));
    }
    return out;
  }
}
