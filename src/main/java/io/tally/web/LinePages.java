package io.tally.web;

import io.tally.analytics.LineKpis;
import io.tally.analytics.kpi.Granularity;
import io.tally.execution.CorrectionQueries;
import io.tally.execution.CountCommands;
import io.tally.execution.CountRequest;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunCommands;
import io.tally.execution.StartRunRequest;
import io.tally.execution.StopCommands;
import io.tally.execution.StopRequest;
import io.tally.execution.WorkOrders;
import io.tally.input.Forms;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.FormFields;
import io.tally.plant.Lines;
import io.tally.plant.PlantService;
import io.tally.plant.model.LineId;
import io.tally.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A line's page: its dispatch list, current run and open stop, today's KPIs, and for operators the
 * forms that send the same commands as the API. Each form carries an idempotency key (the key
 * fragment), so a form sent twice is applied once.
 */
@Controller
class LinePages {
  static final String OPERATE = "hasAnyRole('OPERATOR','ADMIN')";

  private final Lines lines;
  private final PlantService plant;
  private final ExecutionQueries queries;
  private final WorkOrders workOrders;
  private final CommandExecutor commands;
  private final LineKpis kpis;
  private final CorrectionQueries corrections;

  LinePages(
      Lines lines,
      PlantService plant,
      ExecutionQueries queries,
      WorkOrders workOrders,
      CommandExecutor commands,
      LineKpis kpis,
      CorrectionQueries corrections) {
    this.lines = lines;
    this.plant = plant;
    this.queries = queries;
    this.workOrders = workOrders;
    this.commands = commands;
    this.kpis = kpis;
    this.corrections = corrections;
  }

  @GetMapping("/lines/{id}")
  @PreAuthorize(Role.ANY)
  String line(@PathVariable String id, Model model) {
    LineId line = lineId(id);
    model.addAttribute("line", lines.one(id));
    model.addAttribute(
        "allLines", lines.all().stream().filter(l -> !l.capabilities().isEmpty()).toList());
    model.addAttribute("dispatch", workOrders.dispatchList(line));
    model.addAttribute("run", queries.openRun(line).orElse(null));
    model.addAttribute("stop", queries.openStop(line).orElse(null));
    var recent = queries.runs(id, false, 5);
    model.addAttribute("recent", recent);
    model.addAttribute(
        "runCorrections",
        recent.stream().map(corrections::runSummary).filter(s -> !s.empty()).toList());
    model.addAttribute("stopCorrections", corrections.stopCorrections(id, 20));
    model.addAttribute("lateStops", corrections.lateStops(id, 20));
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

  @PostMapping("/lines/{id}/runs")
  @PreAuthorize(OPERATE)
  String start(
      @PathVariable String id,
      @RequestParam(required = false) String product,
      @RequestParam(required = false) String workOrder,
      IdempotencyKey key,
      Actor actor,
      RedirectAttributes flash) {
    return act(
        id,
        "run",
        flash,
        () ->
            "Run "
                + commands
                    .execute(
                        actor,
                        key,
                        FormFields.valid(
                            new StartRunRequest(id, blankToNull(product), blankToNull(workOrder))))
                    .run()
                + " started.");
  }

  @PostMapping("/lines/{id}/counts")
  @PreAuthorize(OPERATE)
  String count(
      @PathVariable String id,
      @RequestParam(required = false) String run,
      @RequestParam(required = false) String good,
      @RequestParam(required = false) String scrap,
      IdempotencyKey key,
      Actor actor,
      RedirectAttributes flash) {
    return act(
        id,
        "count",
        flash,
        () -> {
          var ack =
              commands.execute(
                  actor,
                  key,
                  CountCommands.Report.of(
                      key,
                      FormFields.id("run", run),
                      new CountRequest(number("good", good), number("scrap", scrap))));
          return "Counted: run "
              + ack.run()
              + " has "
              + ack.runGood()
              + " good, "
              + ack.runScrap()
              + " scrap.";
        });
  }

  @PostMapping("/lines/{id}/runs/end")
  @PreAuthorize(OPERATE)
  String end(
      @PathVariable String id,
      @RequestParam(required = false) String run,
      IdempotencyKey key,
      Actor actor,
      RedirectAttributes flash) {
    return act(
        id,
        "run",
        flash,
        () ->
            "Run "
                + commands.execute(actor, key, new RunCommands.End(FormFields.id("run", run))).run()
                + " ended.");
  }

  @PostMapping("/lines/{id}/stops")
  @PreAuthorize(OPERATE)
  String stop(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      IdempotencyKey key,
      Actor actor,
      RedirectAttributes flash) {
    return act(
        id,
        "stop",
        flash,
        () ->
            "Stop "
                + commands
                    .execute(
                        actor,
                        key,
                        new StopCommands.Start(id, FormFields.valid(new StopRequest(reason))))
                    .stop()
                + " started.");
  }

  @PostMapping("/lines/{id}/stops/end")
  @PreAuthorize(OPERATE)
  String endStop(
      @PathVariable String id, IdempotencyKey key, Actor actor, RedirectAttributes flash) {
    return act(
        id,
        "stop",
        flash,
        () -> "Stop " + commands.execute(actor, key, new StopCommands.End(id)).stop() + " ended.");
  }

  /**
   * Runs a command for a line of the plant (any other is not found, 404); its refusal, naming the
   * field, is shown next to the form that sent it.
   */
  private String act(String id, String form, RedirectAttributes flash, Supplier<String> command) {
    lineId(id);
    try {
      flash.addFlashAttribute("done", command.get());
    } catch (CommandRejected e) {
      flash.addFlashAttribute("errorForm", form);
      flash.addFlashAttribute("errorField", e.field());
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/lines/" + id;
  }

  private static BigDecimal number(String field, String text) {
    if (text == null || text.isBlank()) {
      return BigDecimal.ZERO;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw CommandRejected.invalid(
          field, field + " must be a whole number, got '" + Forms.echo(text) + "'");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** The line a page names; a page that names no line of the plant is not found (404). */
  private LineId lineId(String id) {
    try {
      LineId line = new LineId(id);
      if (plant.plant().findLine(line).isPresent()) {
        return line;
      }
    } catch (IllegalArgumentException e) {
      // not a line id at all: not found either
    }
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no line '" + id + "'");
  }
}
