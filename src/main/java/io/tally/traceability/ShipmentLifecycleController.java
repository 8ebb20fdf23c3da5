package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cancel a shipment before dispatch; record its receipt by the consignee; link a dispatched one to
 * the order it delivers.
 */
@RestController
@RequestMapping("/api/shipments/{id}")
class ShipmentLifecycleController {
  private final CommandExecutor commands;

  ShipmentLifecycleController(CommandExecutor commands) {
    this.commands = commands;
  }

  @PostMapping("/order")
  @PreAuthorize(TraceabilityController.WAREHOUSE_OR_ADMIN)
  ShipmentView link(
      @PathVariable String id,
      @RequestBody ShipmentOrderLink request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(
        actor, key, new ShipmentCommands.Link(id, request == null ? null : request.order()));
  }

  @PostMapping("/cancellation")
  @PreAuthorize(TraceabilityController.WAREHOUSE_OR_ADMIN)
  ShipmentView cancel(
      @PathVariable String id,
      @RequestBody ShipmentCancellation request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new ShipmentCommands.Cancel(id, request));
  }

  @PostMapping("/receipt")
  @PreAuthorize(TraceabilityController.WAREHOUSE)
  ShipmentView receive(
      @PathVariable String id,
      @RequestBody ShipmentReceipt request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new ShipmentCommands.Receive(id, request));
  }
}
