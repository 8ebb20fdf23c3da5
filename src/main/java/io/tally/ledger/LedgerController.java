package io.tally.ledger;

import io.tally.input.Ident;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.chain.ChainVerifier;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ledger")
class LedgerController {
  private final LedgerEntries entries;
  private final LedgerVerification verification;

  LedgerController(LedgerEntries entries, LedgerVerification verification) {
    this.entries = entries;
    this.verification = verification;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
  List<LedgerEntry> page(
      @RequestParam(defaultValue = "1") long from,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(required = false) @Ident String type) {
    if (from < 1) {
      throw CommandRejected.invalid("from", "from is a sequence number, 1 or more");
    }
    if (limit < 1 || limit > 1000) {
      throw CommandRejected.invalid("limit", "limit must be 1 to 1000");
    }
    return entries.page(from, limit, type);
  }

  @GetMapping("/{seq}")
  @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
  LedgerEntry one(@PathVariable long seq) {
    return entries
        .find(seq)
        .orElseThrow(() -> CommandRejected.notFound("seq", "no ledger entry " + seq));
  }

  @GetMapping("/verify")
  @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
  ChainVerifier.Result verify() {
    return verification.verify();
  }
}
