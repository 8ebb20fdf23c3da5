package io.tally.web;

import io.tally.execution.CountCommands;
import io.tally.execution.CountCorrectionRequest;
import io.tally.execution.StopCorrectionRequest;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.FormFields;
import io.tally.plant.PlantService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The corrections page's forms for what a line reported: a count corrected or voided, a stop's
 * times or reason corrected, and a second person's approval of a count correction.
 */
@Controller
class CountCorrectionForms {
  static final String COUNTS = "hasAnyRole('ADMIN','OPERATOR','QUALITY')";
  static final String APPROVES = "hasAnyRole('QUALITY','ADMIN')";

  private final CommandExecutor commands;
  private final CorrectionsView view;
  private final FormValues values;

  CountCorrectionForms(CommandExecutor commands, CorrectionsView view, PlantService plant) {
    this.commands = commands;
    this.view = view;
    this.values = new FormValues(plant);
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
    return view.answer(
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
          return CorrectionsView.recorded("Count", c.seq(), c.pending());
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
    return view.answer(
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

  @PostMapping("/corrections/counts/{seq}/approval")
  @PreAuthorize(APPROVES)
  String approveCount(
      @PathVariable long seq,
      IdempotencyKey key,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    return view.answer(
        "approve-" + seq,
        response,
        model,
        () -> {
          commands.execute(actor, key, new CountCommands.Approve(seq));
          return "Count correction " + seq + " approved by " + actor.name() + ".";
        });
  }
}
