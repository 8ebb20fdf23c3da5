package io.tally.web;

import io.tally.execution.CountCommands;
import io.tally.execution.CountRequest;
import io.tally.execution.StopCommands;
import io.tally.execution.StopRequest;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.FormFields;
import io.tally.plant.PlantService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The corrections page's forms for entries made late from a paper log (the terminal was down): a
 * count and a stop, each with the time it happened, which a late entry must name.
 */
@Controller
class LateEntryForms {
  static final String LATE = "hasRole('OPERATOR')";

  private final CommandExecutor commands;
  private final CorrectionsView view;
  private final FormValues values;

  LateEntryForms(CommandExecutor commands, CorrectionsView view, PlantService plant) {
    this.commands = commands;
    this.view = view;
    this.values = new FormValues(plant);
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
    return view.answer(
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
    return view.answer(
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

  /** The key of one of the two commands a late stop makes, derived from the form's key. */
  private static IdempotencyKey part(IdempotencyKey key, String suffix) {
    return key.value() == null ? IdempotencyKey.NONE : new IdempotencyKey(key.value() + suffix);
  }
}
