package io.tally.traceability;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Holds on demand (active first), recalls with the customers still to acknowledge, and customer
 * returns awaiting inspection: the same as {@code GET /api/holds}, {@code /api/recalls} and {@code
 * /api/returns}.
 */
@Controller
class HoldPages {
  private static final int SHOWN = 100;
  private final HoldQueries holds;
  private final RecallQueries recalls;
  private final ReturnQueries returns;

  HoldPages(HoldQueries holds, RecallQueries recalls, ReturnQueries returns) {
    this.holds = holds;
    this.recalls = recalls;
    this.returns = returns;
  }

  @GetMapping("/holds")
  @PreAuthorize("hasAnyRole('WAREHOUSE','QUALITY','ADMIN','AUDITOR')")
  String holds(Model model) {
    model.addAttribute("holds", holds.recent(SHOWN));
    model.addAttribute("recalls", recalls.recent(SHOWN));
    model.addAttribute("returns", returns.recent(SHOWN));
    return "holds";
  }
}
