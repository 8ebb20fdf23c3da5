package io.tally.web;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.FormFields;
import io.tally.plant.PlantService;
import io.tally.traceability.StockCorrectionRequests;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The corrections page's forms for stock: a consumption's quantity or a move's destination
 * corrected or voided, and a second person's approval of a stock correction.
 */
@Controller
class StockCorrectionForms {
  static final String CONSUMPTIONS = "hasAnyRole('OPERATOR','WAREHOUSE','QUALITY','ADMIN')";
  static final String MOVES = "hasAnyRole('WAREHOUSE','QUALITY','ADMIN')";

  private final CommandExecutor commands;
  private final CorrectionsView view;
  private final FormValues values;

  StockCorrectionForms(CommandExecutor commands, CorrectionsView view, PlantService plant) {
    this.commands = commands;
    this.view = view;
    this.values = new FormValues(plant);
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
    return view.answer(
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
          return CorrectionsView.recorded("Consumption", c.seq(), c.pending());
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
    return view.answer(
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
          return CorrectionsView.recorded("Move", c.seq(), c.pending());
        });
  }

  @PostMapping("/corrections/stock/{seq}/approval")
  @PreAuthorize(CountCorrectionForms.APPROVES)
  String approveStock(
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
          commands.execute(actor, key, new StockCorrectionRequests.Approve(seq));
          return "Correction " + seq + " approved by " + actor.name() + ".";
        });
  }
}
