package io.tally.quality;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.quality.sampling.ProductionRate;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/quality/streams")
class StreamController {
  private final StreamStates states;
  private final ClassStreams streams;
  private final CommandExecutor commands;

  StreamController(StreamStates states, ClassStreams streams, CommandExecutor commands) {
    this.states = states;
    this.streams = streams;
    this.commands = commands;
  }

  @GetMapping
  @PreAuthorize(QualityRoles.READ)
  List<StreamView> streams() {
    return states.all();
  }

  @PostMapping("/{product}/{line}/{nc}/reduced")
  @PreAuthorize(QualityRoles.QUALITY)
  StreamView approveReduced(
      @PathVariable @Ident String product,
      @PathVariable @Ident String line,
      @PathVariable @Ident String nc,
      @RequestBody(required = false) @Valid StreamRequests.ReducedApproval request,
      IdempotencyKey key,
      Actor actor) {
    ProductionRate production = StreamCommands.ApproveReduced.steady(request);
    return commands.execute(
        actor, key, new StreamCommands.ApproveReduced(streams.of(product, line, nc), production));
  }

  @PostMapping("/{product}/{line}/{nc}/corrective-action")
  @PreAuthorize(QualityRoles.QUALITY)
  StreamView correctiveAction(
      @PathVariable @Ident String product,
      @PathVariable @Ident String line,
      @PathVariable @Ident String nc,
      @RequestBody(required = false) @Valid StreamRequests.CorrectiveAction request,
      IdempotencyKey key,
      Actor actor) {
    String action = StreamCommands.RecordCorrectiveAction.action(request);
    return commands.execute(
        actor,
        key,
        new StreamCommands.RecordCorrectiveAction(streams.of(product, line, nc), action));
  }
}
