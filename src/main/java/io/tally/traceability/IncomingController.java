package io.tally.traceability;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Approved suppliers, receiving inspection streams and component balances over HTTP: approvals and
 * withdrawals (ADMIN), a discontinued stream's corrective action (QUALITY), the reason for a
 * flagged balance (QUALITY, WAREHOUSE).
 */
@RestController
class IncomingController {
  private final CommandExecutor commands;
  private final SupplierApprovals suppliers;
  private final ReceivingStreams streams;
  private final ComponentBalances balances;

  IncomingController(
      CommandExecutor commands,
      SupplierApprovals suppliers,
      ReceivingStreams streams,
      ComponentBalances balances) {
    this.commands = commands;
    this.suppliers = suppliers;
    this.streams = streams;
    this.balances = balances;
  }

  @GetMapping("/api/suppliers")
  @PreAuthorize(ComponentsController.READERS)
  List<SupplierView> suppliers() {
    return suppliers.all();
  }

  @PostMapping("/api/suppliers/approvals")
  @PreAuthorize("hasRole('ADMIN')")
  SupplierView approve(
      @RequestBody @Valid IncomingRequests.Approve request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/api/suppliers/withdrawals")
  @PreAuthorize("hasRole('ADMIN')")
  SupplierView withdraw(
      @RequestBody @Valid IncomingRequests.Withdraw request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @GetMapping("/api/receiving-streams")
  @PreAuthorize(ComponentsController.READERS)
  List<ReceivingStreamView> streams() {
    return streams.all();
  }

  @PostMapping("/api/receiving-streams/resumptions")
  @PreAuthorize("hasRole('QUALITY')")
  ReceivingStreamView resume(
      @RequestBody @Valid IncomingRequests.Resume request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  /** The newest lots' balances, or with {@code open=true} every flag still waiting for a reason. */
  @GetMapping("/api/component-balances")
  @PreAuthorize(ComponentsController.READERS)
  List<ComponentBalanceView> balances(@RequestParam(defaultValue = "false") boolean open) {
    return open ? balances.open() : balances.recent(500);
  }

  @PostMapping("/api/component-balances/{lot}/{component}/reason")
  @PreAuthorize("hasAnyRole('QUALITY','WAREHOUSE')")
  ComponentBalanceView explain(
      @PathVariable @Ident String lot,
      @PathVariable @Ident String component,
      @RequestBody @Valid IncomingRequests.Reason reason,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new IncomingRequests.Explain(lot, component, reason));
  }
}
