package io.tally.web;

import io.tally.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Corrections and late entries from a page: the forms for count and stop corrections ({@link
 * CountCorrectionForms}), late counts and stops from a paper log ({@link LateEntryForms}),
 * consumption and move corrections ({@link StockCorrectionForms}), and the second person's approval
 * of those waiting for one. Each form runs the same command as the API, carries an idempotency key
 * and shows a refusal next to it, naming the field.
 */
@Controller
class CorrectionsPage {
  private final CorrectionsView view;

  CorrectionsPage(CorrectionsView view) {
    this.view = view;
  }

  @GetMapping("/corrections")
  @PreAuthorize(Role.ANY)
  String page(Model model) {
    return view.draw(model);
  }
}
