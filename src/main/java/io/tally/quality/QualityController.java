package io.tally.quality;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
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
@RequestMapping("/api/quality")
class QualityController {
  private final QualityLots lots;
  private final LotPlanning planning;
  private final CommandExecutor commands;

  QualityController(QualityLots lots, LotPlanning planning, CommandExecutor commands) {
    this.lots = lots;
    this.planning = planning;
    this.commands = commands;
  }

  @GetMapping("/queue")
  @PreAuthorize(QualityRoles.READ)
  List<LotView> queue() {
    return lots.queue();
  }

  @GetMapping("/lots/{lot}")
  @PreAuthorize(QualityRoles.READ)
  LotView lot(@PathVariable @Ident String lot) {
    return lots.find(lot)
        .orElseThrow(() -> CommandRejected.notFound("lot", "no lot '" + lot + "'"));
  }

  @GetMapping("/lots/{lot}/plans")
  @PreAuthorize(QualityRoles.READ)
  LotPlans plans(@PathVariable @Ident String lot) {
    return planning.plans(lot);
  }

  @PostMapping("/lots/{lot}/inspections")
  @PreAuthorize(QualityRoles.QUALITY)
  LotView inspect(
      @PathVariable @Ident String lot,
      @RequestBody @Valid InspectionRequest request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, LotCommands.Inspect.of(lot, request));
  }
}
