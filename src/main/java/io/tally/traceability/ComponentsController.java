package io.tally.traceability;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.plant.PlantService;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Component lots over HTTP: receipt into quarantine, receiving inspection, return to the supplier,
 * issue to a line, consumption into a finished lot, scrap, look up.
 */
@RestController
@RequestMapping("/api/component-lots")
class ComponentsController {
  static final String READERS = "hasAnyRole('WAREHOUSE','QUALITY','OPERATOR','ADMIN','AUDITOR')";
  private final CommandExecutor commands;
  private final ComponentLots lots;
  private final ReceivingStreams streams;
  private final PlantService plant;

  ComponentsController(
      CommandExecutor commands, ComponentLots lots, ReceivingStreams streams, PlantService plant) {
    this.commands = commands;
    this.lots = lots;
    this.streams = streams;
    this.plant = plant;
  }

  @PostMapping
  @PreAuthorize("hasRole('WAREHOUSE')")
  @ResponseStatus(HttpStatus.CREATED)
  Recorded receive(
      @RequestBody @Valid ComponentRequests.Receipt request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/issues")
  @PreAuthorize("hasAnyRole('WAREHOUSE','OPERATOR')")
  @ResponseStatus(HttpStatus.CREATED)
  Recorded issue(
      @RequestBody @Valid ComponentRequests.Issue request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/consumptions")
  @PreAuthorize("hasRole('OPERATOR')")
  @ResponseStatus(HttpStatus.CREATED)
  Recorded consume(
      @RequestBody @Valid ComponentRequests.Consumption request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/scrap")
  @PreAuthorize("hasRole('WAREHOUSE')")
  @ResponseStatus(HttpStatus.CREATED)
  Recorded scrap(
      @RequestBody @Valid ComponentRequests.Scrap request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/returns")
  @PreAuthorize("hasRole('WAREHOUSE')")
  @ResponseStatus(HttpStatus.CREATED)
  ComponentLotView giveBack(
      @RequestBody @Valid IncomingRequests.Return request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @GetMapping
  @PreAuthorize(READERS)
  List<ComponentLotView> list(@RequestParam(required = false) @Nullable String state) {
    if (state != null
        && !List.of(
                ComponentLotView.QUARANTINE, ComponentLotView.RELEASED, ComponentLotView.REJECTED)
            .contains(state)) {
      throw CommandRejected.invalid("state", "state is QUARANTINE, RELEASED or REJECTED");
    }
    return lots.recent(state, 500);
  }

  @GetMapping("/{lot}")
  @PreAuthorize(READERS)
  ComponentLotView lot(@PathVariable @Ident String lot) {
    return lots.require("componentLot", lot);
  }

  /** The sampling plan of a quarantined lot: how many units to draw, Ac and Re. */
  @GetMapping("/{lot}/plan")
  @PreAuthorize("hasAnyRole('QUALITY','AUDITOR')")
  ReceivingPlan plan(@PathVariable @Ident String lot) {
    ComponentLotView view = lots.require("componentLot", lot);
    return streams.plan(view, plant.plant().purchased(view.component()));
  }

  @PostMapping("/{lot}/inspection")
  @PreAuthorize("hasRole('QUALITY')")
  ComponentLotView inspect(
      @PathVariable @Ident String lot,
      @RequestBody @Valid IncomingRequests.Findings findings,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new IncomingRequests.Inspect(lot, findings));
  }
}
