package io.tally.web;

import io.tally.execution.CorrectionQueries;
import io.tally.execution.CountCommands;
import io.tally.execution.CountCorrectionRequest;
import io.tally.execution.CountRequest;
import io.tally.execution.StopCommands;
import io.tally.execution.StopCorrectionRequest;
import io.tally.execution.StopRequest;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.FormFields;
import io.tally.plant.PlantService;
import io.tally.security.Role;
import io.tally.traceability.StockCorrectionQueries;
import io.tally.traceability.StockCorrectionRequests;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Corrections and late entries from a page: the forms for count and stop corrections, late counts
 * and stops from a paper log, consumption and move corrections, and the second person's approval of
 * those waiting for one. Each form runs the same command as the API, carries an idempotency key and
 * shows a refusal next to it, naming the field.
 */
@Controller
class CorrectionPages {
  static final String COUNTS = "hasAnyRole('ADMIN','OPERATOR','QUALITY')";
  static final String LATE = "hasRole('OPERATOR')";
  static final String CONSUMPTIONS = "hasAnyRole('OPERATOR','WAREHOUSE','QUALITY','ADMIN')";
  static final String MOVES = "hasAnyRole('WAREHOUSE','QUALITY','ADMIN')";
  static final String APPROVES = "hasAnyRole('QUALITY','ADMIN')";

  private final CommandExecutor commands;
  private final CorrectionQueries countQueries;
  private final StockCorrectionQueries stockQueries;
  private final FormValues values;

  CorrectionPages(
      CommandExecutor commands,
      CorrectionQueries countQueries,
      StockCorrectionQueries stockQueries,
      PlantService plant) {
    this.commands = commands;
    this.countQueries = countQueries;
    this.stockQueries = stockQueries;
    this.values = new FormValues(plant);
  }

  @GetMapping("/corrections")
  @PreAuthorize(Role.ANY)
  String page(Model model) {
    model.addAttribute("pendingCounts", countQueries.pending());
    model.addAttribute("pendingStock", stockQueries.pending());
    model.addAttribute("recentStock", stockQueries.recent(20));
    return "corrections";
  }

  @PostMapping("/corrections/counts")
  @PreAuthorize(COUNTS)
  String correctCount(
      IdempotencyKey key,
      @RequestParam(required = false) String corrects,
      @RequestParam(required = false) String good,
      @RequestParam(required = false) String scrap,
      @RequestParam(name = "void", required = false) String voided,
      @RequestParam(required = false) String reason,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        "count",
        response,
        model,
        () -> {
          var request =
              FormFields.valid(
                  new CountCorrectionRequest(
                      values.number("corrects", corrects),
                      values.number("good", good),
                      values.number("scrap", scrap),
                      voided == null ? null : Boolean.TRUE,
                      reason));
          var c = commands.execute(actor, key, CountCommands.Correct.of(request));
          return "Count correction "
              + c.seq()
              + " recorded"
              + (c.pending() ? "; it awaits a second person." : ".");
        });
  }

  @PostMapping("/corrections/stops")
  @PreAuthorize(COUNTS)
  String correctStop(
      IdempotencyKey key,
      @RequestParam(required = false) String corrects,
      @RequestParam(required = false) String stop,
      @RequestParam(required = false) String start,
      @RequestParam(required = false) String end,
      @RequestParam(required = false) String stopReason,
      @RequestParam(required = false) String reason,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        "stop",
        response,
        model,
        () -> {
          var request =
              FormFields.valid(
                  new StopCorrectionRequest(
                      values.number("corrects", corrects),
                      values.blankToNull(stop),
                      values.instant("start", start),
                      values.instant("end", end),
                      values.blankToNull(stopReason),
                      reason));
          var s = commands.execute(actor, key, request);
          return "Stop " + s.stop() + " corrected: " + s.reason() + ".";
        });
  }

  @PostMapping("/corrections/late-counts")
  @PreAuthorize(LATE)
  String lateCount(
      IdempotencyKey key,
      @RequestParam(required = false) String run,
      @RequestParam(required = false) String good,
      @RequestParam(required = false) String scrap,
      @RequestParam(required = false) String occurredAt,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        "late-count",
        response,
        model,
        () -> {
          var at = values.instant("occurredAt", occurredAt);
          if (at == null) {
            throw CommandRejected.invalid("occurredAt", "a late entry needs the time it happened");
          }
          commands.execute(
              actor,
              key,
              CountCommands.Report.of(
                  key,
                  values.id("run", run),
                  new CountRequest(
                      values.number("good", good), values.number("scrap", scrap), at)));
          return "Late count of run " + run + " at " + at + " recorded.";
        });
  }

  @PostMapping("/corrections/late-stops")
  @PreAuthorize(LATE)
  String lateStop(
      IdempotencyKey key,
      @RequestParam(required = false) String line,
      @RequestParam(required = false) String stopReason,
      @RequestParam(required = false) String start,
      @RequestParam(required = false) String end,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        "late-stop",
        response,
        model,
        () -> {
          var from = values.instant("start", start);
          var to = values.instant("end", end);
          if (from == null) {
            throw CommandRejected.invalid("start", "a late stop needs the time the line stopped");
          }
          String lineId = values.id("line", line);
          var s =
              commands.execute(
                  actor,
                  part(key, "-start"),
                  StopCommands.Start.of(
                      lineId, FormFields.valid(new StopRequest(stopReason, from))));
          if (to != null) {
            commands.execute(actor, part(key, "-end"), StopCommands.End.of(lineId, to));
          }
          return "Late stop " + s.stop() + " of line " + lineId + " recorded.";
        });
  }

  @PostMapping("/corrections/consumptions")
  @PreAuthorize(CONSUMPTIONS)
  String correctConsumption(
      IdempotencyKey key,
      @RequestParam(required = false) String corrects,
      @RequestParam(required = false) String quantity,
      @RequestParam(name = "void", required = false) String voided,
      @RequestParam(required = false) String reason,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        "consumption",
        response,
        model,
        () -> {
          var c =
              commands.execute(
                  actor,
                  key,
                  FormFields.valid(
                      new StockCorrectionRequests.Consumption(
                          values.number("corrects", corrects),
                          values.number("quantity", quantity),
                          voided == null ? null : Boolean.TRUE,
                          reason)));
          return "Consumption correction "
              + c.seq()
              + " recorded"
              + (c.pending() ? "; it awaits a second person." : ".");
        });
  }

  @PostMapping("/corrections/moves")
  @PreAuthorize(MOVES)
  String correctMove(
      IdempotencyKey key,
      @RequestParam(required = false) String corrects,
      @RequestParam(required = false) String to,
      @RequestParam(name = "void", required = false) String voided,
      @RequestParam(required = false) String reason,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        "move",
        response,
        model,
        () -> {
          var c =
              commands.execute(
                  actor,
                  key,
                  FormFields.valid(
                      new StockCorrectionRequests.Move(
                          values.number("corrects", corrects),
                          values.blankToNull(to),
                          voided == null ? null : Boolean.TRUE,
                          reason)));
          return "Move correction "
              + c.seq()
              + " recorded"
              + (c.pending() ? "; it awaits a second person." : ".");
        });
  }

  @PostMapping("/corrections/counts/{seq}/approval")
  @PreAuthorize(APPROVES)
  String approveCount(
      @PathVariable long seq,
      IdempotencyKey key,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        "approve-" + seq,
        response,
        model,
        () -> {
          commands.execute(actor, key, new CountCommands.Approve(seq));
          return "Count correction " + seq + " approved by " + actor.name() + ".";
        });
  }

  @PostMapping("/corrections/stock/{seq}/approval")
  @PreAuthorize(APPROVES)
  String approveStock(
      @PathVariable long seq,
      IdempotencyKey key,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return act(
        "approve-" + seq,
        response,
        model,
        () -> {
          commands.execute(actor, key, new StockCorrectionRequests.Approve(seq));
          return "Correction " + seq + " approved by " + actor.name() + ".";
        });
  }

  /** The key of one of the two commands a late stop makes, derived from the form's key. */
  private static IdempotencyKey part(IdempotencyKey key, String suffix) {
    return key.value() == null ? IdempotencyKey.NONE : new IdempotencyKey(key.value() + suffix);
  }

  /** Runs a command and draws the page again with its outcome, or its refusal, by its form. */
  private String act(
      String form, HttpServletResponse response, Model model, Supplier<String> command) {
    try {
      model.addAttribute("message", command.get());
      model.addAttribute("messageFor", form);
    } catch (CommandRejected e) {
      model.addAttribute("errorFor", form);
      model.addAttribute("errorField", e.field());
      model.addAttribute("error", e.getMessage());
      response.setStatus(
          switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            default -> 422;
          });
    }
    return page(model);
  }
}
