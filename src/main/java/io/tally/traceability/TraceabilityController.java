package io.tally.traceability;

import io.tally.input.IdOrScan;
import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Inventory, moves, shipments and reconciliation over HTTP. */
@RestController
@RequestMapping("/api")
class TraceabilityController {
  static final String WAREHOUSE = "hasRole('WAREHOUSE')";
  static final String WAREHOUSE_OR_ADMIN = "hasAnyRole('WAREHOUSE','ADMIN')";

  private final CommandExecutor commands;
  private final Inventory inventory;
  private final Shipments shipments;
  private final Reconciliation reconciliation;
  private final Trace trace;

  TraceabilityController(
      CommandExecutor commands,
      Inventory inventory,
      Shipments shipments,
      Reconciliation reconciliation,
      Trace trace) {
    this.commands = commands;
    this.inventory = inventory;
    this.shipments = shipments;
    this.reconciliation = reconciliation;
    this.trace = trace;
  }

  @GetMapping("/trace/{lot}")
  @PreAuthorize(Role.ANY)
  TraceReport trace(@PathVariable @IdOrScan String lot) {
    return trace.trace(lot);
  }

  @GetMapping("/inventory")
  @PreAuthorize(Role.ANY)
  List<Inventory.StockLine> finished(@RequestParam(required = false) @Ident String lot) {
    return inventory.finished(lot);
  }

  @GetMapping("/inventory/components")
  @PreAuthorize(Role.ANY)
  List<Inventory.StockLine> components() {
    return inventory.components();
  }

  @PostMapping("/inventory/moves")
  @PreAuthorize(WAREHOUSE)
  @ResponseStatus(HttpStatus.CREATED)
  Recorded move(@RequestBody @Valid MoveRequest request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/shipments")
  @PreAuthorize(WAREHOUSE)
  @ResponseStatus(HttpStatus.CREATED)
  ShipmentView create(
      @RequestBody @Valid ShipmentRequest request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @GetMapping("/shipments/{id}")
  @PreAuthorize(Role.ANY)
  ShipmentView shipment(@PathVariable @Ident String id) {
    return shipments
        .find(id)
        .orElseThrow(() -> CommandRejected.notFound("id", "no shipment '" + id + "'"));
  }

  @PostMapping("/shipments/{id}/approval")
  @PreAuthorize(WAREHOUSE_OR_ADMIN)
  ShipmentView approve(@PathVariable @Ident String id, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, new ShipmentCommands.Approve(id));
  }

  @PostMapping("/shipments/{id}/dispatch")
  @PreAuthorize(WAREHOUSE)
  ShipmentView dispatch(@PathVariable @Ident String id, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, new ShipmentCommands.Dispatch(id));
  }

  @GetMapping("/reconciliation")
  @PreAuthorize(Role.ANY)
  ReconciliationReport reconciliation() {
    return reconciliation.reconcile();
  }
}
