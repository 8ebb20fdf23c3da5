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

  /**
   * Rebuilds the projections from the ledger and reports every difference; changes nothing. It
   * holds the ledger's write lock while it runs (the projections are rebuilt in their own tables
   * inside a transaction that rolls back), so commands wait for it: an administrator's tool, run
   * when the plant is quiet. Auditors verify the chain and checkpoints instead, which takes no
   * lock.
   */
  @GetMapping("/api/ledger/replay")
  @PreAuthorize("hasRole('ADMIN')")
  ReplayReport replay() {
    return replay.run();
  }
}
