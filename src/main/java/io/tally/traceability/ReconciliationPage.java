package io.tally.traceability;

import io.tally.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Produced against where it went, per product, with every difference the reconciliation finds. */
@Controller
class ReconciliationPage {
  private final Reconciliation reconciliation;

  ReconciliationPage(Reconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @GetMapping("/reconciliation")
  @PreAuthorize(Role.ADMIN_OR_AUDITOR)
  String reconciliation(Model model) {
    model.addAttribute("report", reconciliation.reconcile());
    return "reconciliation";
  }
}
