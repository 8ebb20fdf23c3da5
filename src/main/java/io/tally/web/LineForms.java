package io.tally.web;

import io.tally.execution.CountCommands;
import io.tally.execution.CountRequest;
import io.tally.execution.RunCommands;
import io.tally.execution.StartRunRequest;
import io.tally.execution.StopCommands;
import io.tally.execution.StopRequest;
import io.tally.input.Forms;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.FormFields;
import io.tally.plant.PlantService;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's forms on a line's page, sending the same commands as the API: start and end a run,
 * report a count, start and end a stop. Each form carries an idempotency key (the key fragment), so
 * a form sent twice is applied once; the answer goes back to the line's page.
 */
@Controller
class LineForms {
  static final String OPERATE = "hasAnyRole('OPERATOR','ADMIN')";

  private final CommandExecutor commands;
  private final PageLine pageLine;
  private final FormValues values;

  LineForms(CommandExecutor commands, PlantService plant) {
    this.commands = commands;
    this.pageLine = new PageLine(plant);
    this.values = new FormValues(plant);
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
                            new StartRunRequest(
                                id, values.blankToNull(product), values.blankToNull(workOrder))))
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
                + commands.execute(actor, key, RunCommands.End.of(FormFields.id("run", run))).run()
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
                        StopCommands.Start.of(id, FormFields.valid(new StopRequest(reason))))
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
        () -> "Stop " + commands.execute(actor, key, StopCommands.End.of(id)).stop() + " ended.");
  }

  /**
   * Runs a command for a line of the plant (any other is not found, 404); its refusal, naming the
   * field, is shown next to the form that sent it.
   */
  private String act(String id, String form, RedirectAttributes flash, Supplier<String> command) {
    pageLine.of(id);
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
}
