package io.tally.ledger;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The ledger's page: the chain verified now, the signing key, and the latest entries. */
@Controller
class LedgerPage {
  private static final int LATEST = 50;

  private final LedgerVerification verification;
  private final LedgerEntries entries;

  LedgerPage(LedgerVerification verification, LedgerEntries entries) {
    this.verification = verification;
    this.entries = entries;
  }

  @GetMapping("/ledger")
  @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
  String ledger(Model model) {
    model.addAttribute("result", verification.verify());
    model.addAttribute("keyId", verification.keyId());
    model.addAttribute("entries", entries.latest(LATEST));
    return "ledger";
  }
}
