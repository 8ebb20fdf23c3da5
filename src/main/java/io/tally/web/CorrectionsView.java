package io.tally.web;

import io.tally.execution.CorrectionQueries;
import io.tally.input.FormOutcome;
import io.tally.traceability.StockCorrectionQueries;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The corrections page as every form of it draws it: the corrections awaiting a second person and
 * the recent stock corrections, with a form's outcome or refusal beside the form that sent it.
 */
@Component
class CorrectionsView {
  private static final int RECENT = 20;

  private final CorrectionQueries countQueries;
  private final StockCorrectionQueries stockQueries;

  CorrectionsView(CorrectionQueries countQueries, StockCorrectionQueries stockQueries) {
    this.countQueries = countQueries;
    this.stockQueries = stockQueries;
  }

  String draw(Model model) {
    model.addAttribute("pendingCounts", countQueries.pending());
    model.addAttribute("pendingStock", stockQueries.pending());
    model.addAttribute("recentStock", stockQueries.recent(RECENT));
    return "corrections";
  }

  /** Runs a form's command and draws the page again with its outcome, or its refusal. */
  String answer(String form, HttpServletResponse response, Model model, Supplier<String> command) {
    FormOutcome.answer(model, response, form, command);
    return draw(model);
  }

  /** What a correction that was recorded says: whether it waits for a second person. */
  static String recorded(String what, long seq, boolean pending) {
    return what
        + " correction "
        + seq
        + " recorded"
        + (pending ? "; it awaits a second person." : ".");
  }
}
