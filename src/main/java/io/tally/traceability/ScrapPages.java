package io.tally.traceability;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Scrap in custody: what the reject store holds, what awaits destruction where, the destruction
 * acts with their witnesses, and the reference samples retained.
 */
@Controller
class ScrapPages {
  private static final int SHOWN = 200;
  private final ScrapQueries scrap;

  ScrapPages(ScrapQueries scrap) {
    this.scrap = scrap;
  }

  @GetMapping("/scrap")
  @PreAuthorize("hasAnyRole('WAREHOUSE','QUALITY','ADMIN','AUDITOR')")
  String scrap(Model model) {
    model.addAttribute("rejectStore", scrap.inState("REJECT_STORE", SHOWN));
    model.addAttribute("awaiting", scrap.inState("AWAITING_DESTRUCTION", SHOWN));
    model.addAttribute("acts", scrap.acts(SHOWN));
    model.addAttribute("retained", scrap.retainedNow(SHOWN));
    return "scrap";
  }
}
