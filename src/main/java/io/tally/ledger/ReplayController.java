package io.tally.ledger;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReplayController {
  private final Replay replay;

  ReplayController(Replay replay) {
    this.replay = replay;
  }

  /** Rebuilds the projections from the ledger and reports every difference; changes nothing. */
  @GetMapping("/api/ledger/replay")
  @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
  ReplayReport replay() {
    return replay.run();
  }
}
