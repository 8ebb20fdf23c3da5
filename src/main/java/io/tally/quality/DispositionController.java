package io.tally.quality;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What becomes of a held lot: rework, scrap, or release by a concession two users agree. */
@RestController
@RequestMapping("/api/quality/lots/{lot}")
class DispositionController {
  private final CommandExecutor commands;

  DispositionController(CommandExecutor commands) {
    this.commands = commands;
  }

  @PostMapping("/rework")
  @PreAuthorize(QualityRoles.QUALITY)
  LotView rework(
      @PathVariable @Ident String lot,
      @RequestBody(required = false) @Valid DispositionRequest request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new LotCommands.Rework(lot, LotCommands.reason(request)));
  }

  @PostMapping("/scrap")
  @PreAuthorize(QualityRoles.QUALITY)
  LotView scrap(
      @PathVariable @Ident String lot,
      @RequestBody(required = false) @Valid DispositionRequest request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new LotCommands.Scrap(lot, LotCommands.reason(request)));
  }

  @PostMapping("/concession")
  @PreAuthorize(QualityRoles.QUALITY_OR_ADMIN)
  LotView requestConcession(
      @PathVariable @Ident String lot,
      @RequestBody(required = false) @Valid DispositionRequest request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(
        actor, key, new LotCommands.RequestConcession(lot, LotCommands.reason(request)));
  }

  @PostMapping("/concession/approval")
  @PreAuthorize(QualityRoles.QUALITY_OR_ADMIN)
  LotView approveConcession(@PathVariable @Ident String lot, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, new LotCommands.ApproveConcession(lot));
  }
}
