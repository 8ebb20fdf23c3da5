package io.tally.twin;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The twin over HTTP; the JSON is that of {@code tally simulate --json}. */
@RestController
@RequestMapping("/api/twin/simulations")
class TwinController {
  private final TwinRuns runs;

  TwinController(TwinRuns runs) {
    this.runs = runs;
  }

  @PostMapping
  @PreAuthorize(TwinRoles.RUN)
  ResponseEntity<String> run(@RequestBody @Valid SimulationRequest request, Actor actor) {
    return json(runs.run(actor, request));
  }

  @GetMapping("/last")
  @PreAuthorize(TwinRoles.READ)
  ResponseEntity<String> last() {
    return json(
        runs.last()
            .orElseThrow(
                () ->
                    CommandRejected.notFound(
                        null, "no simulation has run since the server started")));
  }

  private static ResponseEntity<String> json(TwinRun run) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(run.json());
  }
}
