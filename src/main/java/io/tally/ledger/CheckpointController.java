package io.tally.ledger;

import io.tally.kernel.CommandRejected;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the newest signed checkpoint and consistency proofs, for witnesses and customers. */
@RestController
@RequestMapping("/api/ledger")
class CheckpointController {
  /** Every role (the ledger module cannot name security's constant without a cycle). */
  static final String ANY_ROLE =
      "hasAnyRole('ADMIN','PLANNER','OPERATOR','QUALITY','WAREHOUSE','AUDITOR')";

  private final Checkpoints checkpoints;

  CheckpointController(Checkpoints checkpoints) {
    this.checkpoints = checkpoints;
  }

  /** The newest checkpoint with its signed note and the verifier key to check it against. */
  record CheckpointResponse(
      String origin, long treeSize, String rootHash, String note, String verifierKey) {}

  /** An RFC 6962 consistency proof, its hashes in base64. */
  record ConsistencyResponse(long from, long to, List<String> proof) {}

  @GetMapping("/checkpoint")
  @PreAuthorize(ANY_ROLE)
  CheckpointResponse checkpoint() {
    Checkpoints.Published p =
        checkpoints
            .latest()
            .orElseThrow(() -> CommandRejected.notFound("checkpoint", "no checkpoint yet"));
    return new CheckpointResponse(
        p.origin(), p.treeSize(), p.rootHash(), p.note(), checkpoints.verifier().toString());
  }

  @GetMapping("/consistency")
  @PreAuthorize(ANY_ROLE)
  ConsistencyResponse consistency(@RequestParam long from, @RequestParam long to) {
    return new ConsistencyResponse(from, to, checkpoints.consistency(from, to));
  }
}
