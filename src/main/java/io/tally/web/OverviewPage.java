package io.tally.web;

import io.tally.analytics.PlantToday;
import io.tally.execution.ExecutionQueries;
import io.tally.plant.Lines;
import io.tally.plant.PlantService;
import io.tally.plant.model.LineId;
import io.tally.security.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sign-in page and the plant overview: each line's state, run, open stop and day so far, which
 * draws on several modules and so lives in {@code web}.
 */
@Controller
class OverviewPage {
  private final PlantService plant;
  private final Lines lines;
  private final JsonMapper json;
  private final PlantToday today;
  private final ExecutionQueries execution;

  OverviewPage(
      PlantService plant,
      Lines lines,
      JsonMapper json,
      PlantToday today,
      ExecutionQueries execution) {
    this.plant = plant;
    this.lines = lines;
    this.json = json;
    this.today = today;
    this.execution = execution;
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
        day.lines().stream().collect(Collectors.toMap(PlantToday.LineToday::line, t -> t)));
    model.addAttribute(
        "runsByLine",
        execution.runs(null, true, 100).stream()
            .collect(Collectors.toMap(r -> r.line(), r -> r, (a, b) -> a)));
    Map<String, Object> stopsByLine = new HashMap<>();
    for (var l : day.lines()) {
      execution.openStop(new LineId(l.line())).ifPresent(s -> stopsByLine.put(l.line(), s));
    }
    model.addAttribute("stopsByLine", stopsByLine);
    model.addAttribute("paretoJson", json.writeValueAsString(day.pareto()));
    return "overview";
  }
}
