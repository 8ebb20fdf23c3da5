package io.tally.web;

import io.tally.analytics.LineKpis;
import io.tally.analytics.kpi.Granularity;
import io.tally.execution.CorrectionQueries;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.WorkOrders;
import io.tally.plant.Lines;
import io.tally.plant.PlantService;
import io.tally.plant.model.LineId;
import io.tally.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A line's page: its dispatch list, current run and open stop, recent runs with their corrections
 * and late entries, today's KPIs, and for operators the forms of {@link LineForms}.
 */
@Controller
class LinePage {
  private static final int RECENT_RUNS = 5;
  private static final int RECENT_CORRECTIONS = 20;

  private final Lines lines;
  private final PlantService plant;
  private final PageLine pageLine;
  private final ExecutionQueries queries;
  private final WorkOrders workOrders;
  private final LineKpis kpis;
  private final CorrectionQueries corrections;

  LinePage(
      Lines lines,
      PlantService plant,
      ExecutionQueries queries,
      WorkOrders workOrders,
      LineKpis kpis,
      CorrectionQueries corrections) {
    this.lines = lines;
    this.plant = plant;
    this.pageLine = new PageLine(plant);
    this.queries = queries;
    this.workOrders = workOrders;
    this.kpis = kpis;
    this.corrections = corrections;
  }

  @GetMapping("/lines/{id}")
  @PreAuthorize(Role.ANY)
  String line(@PathVariable String id, Model model) {
    LineId line = pageLine.of(id);
    model.addAttribute("line", lines.one(id));
    model.addAttribute(
        "allLines", lines.all().stream().filter(l -> !l.capabilities().isEmpty()).toList());
    model.addAttribute("dispatch", workOrders.dispatchList(line));
    model.addAttribute("run", queries.openRun(line).orElse(null));
    model.addAttribute("stop", queries.openStop(line).orElse(null));
    var recent = queries.runs(id, false, RECENT_RUNS);
    model.addAttribute("recent", recent);
    model.addAttribute(
        "runCorrections",
        recent.stream().map(corrections::runSummary).filter(s -> !s.empty()).toList());
    model.addAttribute("stopCorrections", corrections.stopCorrections(id, RECENT_CORRECTIONS));
    model.addAttribute("lateStops", corrections.lateStops(id, RECENT_CORRECTIONS));
    model.addAttribute("reasons", plant.plant().stopReasons());
    LocalDate today = LocalDate.ofInstant(kpis.now(), plant.plant().site().zone());
    var todays = kpis.report(List.of(id), today, today, Granularity.DAY);
    var month = kpis.report(List.of(id), today.withDayOfMonth(1), today, Granularity.DAY);
    model.addAttribute("kpis", todays.total());
    java.util.Map<String, Object> figures = new java.util.LinkedHashMap<>();
    figures.put("Today", todays.total());
    figures.put("This month", month.total());
    model.addAttribute("figures", figures);
    model.addAttribute("review", month.review());
    return "line";
  }
}
