package io.tally.orders;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Amend or close an open order. */
@RestController
@RequestMapping("/api/orders/{id}")
class OrderChangeController {
  private final CommandExecutor commands;

  OrderChangeController(CommandExecutor commands) {
    this.commands = commands;
  }

  @PostMapping("/amendments")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  CustomerOrder amend(
      @PathVariable String id,
      @RequestBody OrderAmendment request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new OrderCommands.Amend(id, request));
  }

  @PostMapping("/closure")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  CustomerOrder close(
      @PathVariable String id, @RequestBody OrderClosure request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, new OrderCommands.Close(id, request));
  }
}
