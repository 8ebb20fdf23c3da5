package io.tally.web;

import io.tally.analytics.PlantToday;
import io.tally.execution.ExecutionQueries;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerVerification;
import io.tally.orders.DemandAgainstCapacity;
import io.tally.plant.Lines;
import io.tally.plant.PlantService;
import io.tally.security.Role;
import java.time.YearMonth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The sign-in page, the plant overview, capacity against demand and the ledger. */
@Controller
class PagesController {
  private final PlantService plant;
  private final Lines lines;
  private final DemandAgainstCapacity demand;
  private final LedgerVerification verification;
  private final LedgerEntries entries;
  private final JsonMapper json;
  private final PlantToday today;
  private final ExecutionQueries execution;

  PagesController(
      PlantService plant,
      Lines lines,
      DemandAgainstCapacity demand,
      LedgerVerification verification,
      LedgerEntries entries,
      JsonMapper json,
      PlantToday today,
      ExecutionQueries execution) {
    this.plant = plant;
    this.lines = lines;
    this.demand = demand;
    this.verification = verification;
    this.entries = entries;
    this.json = json;
    this.today = today;
    this.execution = execution;
  }

  @GetMapping("/capacity")
  @PreAuthorize(Role.ANY)
  String capacity(
      @RequestParam(required = false) YearMonth from,
      @RequestParam(defaultValue = "12") int months,
      Model model) {
    YearMonth start = from == null ? YearMonth.now() : from;
    var rows = demand.of(start, Math.max(1, Math.min(36, months)));
    model.addAttribute("from", start.toString());
    model.addAttribute("months", months);
    model.addAttribute("rows", rows);
    model.addAttribute("rowsJson", json.writeValueAsString(rows));
    return "capacity";
  }

  @GetMapping("/ledger")
  @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
  String ledger(Model model) {
    model.addAttribute("result", verification.verify());
    model.addAttribute("keyId", verification.keyId());
    model.addAttribute("entries", entries.latest(50));
    return "ledger";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  @PreAuthorize(Role.ANY)
  String overview(Model model) {
    model.addAttribute("site", plant.plant().site());
    model.addAttribute("stages", plant.plant().stages());
    model.addAttribute("lines", lines.all());
    model.addAttribute("capacity", plant.capacity(lines));
    PlantToday.Overview day = today.overview();
    model.addAttribute("today", day);
    java.util.Map<String, Object> figures = new java.util.LinkedHashMap<>();
    figures.put("Today", day.todayFigures());
    figures.put("This month", day.monthFigures());
    model.addAttribute("figures", figures);
    model.addAttribute(
        "todayByLine",
        day.lines().stream()
            .collect(java.util.stream.Collectors.toMap(PlantToday.LineToday::line, t -> t)));
    model.addAttribute(
        "runsByLine",
        execution.runs(null, true, 100).stream()
            .collect(java.util.stream.Collectors.toMap(r -> r.line(), r -> r, (a, b) -> a)));
    java.util.Map<String, Object> stopsByLine = new java.util.HashMap<>();
    for (var l : day.lines()) {
      execution
          .openStop(new io.tally.plant.model.LineId(l.line()))
          .ifPresent(s -> stopsByLine.put(l.line(), s));
    }
    model.addAttribute("stopsByLine", stopsByLine);
    model.addAttribute("paretoJson", json.writeValueAsString(day.pareto()));
    return "overview";
  }
}
