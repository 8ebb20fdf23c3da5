package io.tally.execution;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.security.Role;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Execution's commands: work orders (planners), runs, counts, stops and lots (operators). */
@RestController
@RequestMapping("/api/execution")
class ExecutionController {
  static final String OPERATOR = "hasAnyRole('ADMIN','OPERATOR')";

  private final CommandExecutor commands;
  private final WorkOrders workOrders;
  private final PlantLookup plant;

  ExecutionController(CommandExecutor commands, WorkOrders workOrders, PlantLookup plant) {
    this.commands = commands;
    this.workOrders = workOrders;
    this.plant = plant;
  }

  @PostMapping("/work-orders")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  @ResponseStatus(HttpStatus.CREATED)
  WorkOrderView enter(
      @RequestBody @Valid WorkOrderRequest request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  /** Cancels a work order no run has started; it leaves the line's dispatch list. */
  @PostMapping("/work-orders/{id}/cancel")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  WorkOrderView cancel(
      @PathVariable @Ident String id,
      @RequestBody(required = false) @Valid CancelRequest body,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(
        actor, key, WorkOrderCommands.Cancel.of(id, body == null ? null : body.reason()));
  }

  @GetMapping("/lines/{line}/dispatch-list")
  @PreAuthorize(Role.ANY)
  List<DispatchEntry> dispatchList(@PathVariable @Ident String line) {
    return workOrders.dispatchList(plant.line(line).id());
  }

  @PostMapping("/runs")
  @PreAuthorize(OPERATOR)
  @ResponseStatus(HttpStatus.CREATED)
  RunView start(@RequestBody @Valid StartRunRequest request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/runs/{run}/counts")
  @PreAuthorize(OPERATOR)
  CountAck count(
      @PathVariable @Ident String run,
      @RequestBody @Valid CountRequest request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, CountCommands.Report.of(key, run, request));
  }

  @PostMapping("/runs/{run}/end")
  @PreAuthorize(OPERATOR)
  RunView end(@PathVariable @Ident String run, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, RunCommands.End.of(run));
  }

  @PostMapping("/lines/{line}/stops")
  @PreAuthorize(OPERATOR)
  @ResponseStatus(HttpStatus.CREATED)
  StopView startStop(
      @PathVariable @Ident String line,
      @RequestBody @Valid StopRequest request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, StopCommands.Start.of(line, request));
  }

  @PostMapping("/lines/{line}/stops/end")
  @PreAuthorize(OPERATOR)
  StopView endStop(
      @PathVariable @Ident String line,
      @RequestBody(required = false) @Valid StopEndRequest body,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(
        actor, key, StopCommands.End.of(line, body == null ? null : body.occurredAt()));
  }

  @PostMapping("/lots/{lot}/close")
  @PreAuthorize(OPERATOR)
  ProductionLotView closeLot(@PathVariable @Ident String lot, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, RunCommands.Close.of(lot));
  }
}
