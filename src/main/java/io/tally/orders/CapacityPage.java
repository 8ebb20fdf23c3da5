package io.tally.orders;

import io.tally.security.Role;
import java.time.YearMonth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The page of the orders' demand against the plant's capacity, month by month. */
@Controller
class CapacityPage {
  private static final int MOST_MONTHS = 36;

  private final DemandAgainstCapacity demand;
  private final JsonMapper json;

  CapacityPage(DemandAgainstCapacity demand, JsonMapper json) {
    this.demand = demand;
    this.json = json;
  }

  @GetMapping("/capacity")
  @PreAuthorize(Role.ANY)
  String capacity(
      @RequestParam(required = false) YearMonth from,
      @RequestParam(defaultValue = "12") int months,
      Model model) {
    YearMonth start = from == null ? YearMonth.now() : from;
    var rows = demand.of(start, Math.max(1, Math.min(MOST_MONTHS, months)));
    model.addAttribute("from", start.toString());
    model.addAttribute("months", months);
    model.addAttribute("rows", rows);
    model.addAttribute("rowsJson", json.writeValueAsString(rows));
    return "capacity";
  }
}
