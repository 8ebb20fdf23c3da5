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

/** Amend, suspend, reinstate or revoke an authorisation, each under its document. */
@RestController
@RequestMapping("/api/authorisations/{id}")
class AuthorisationChangeController {
  private final CommandExecutor commands;

  AuthorisationChangeController(CommandExecutor commands) {
    this.commands = commands;
  }

  @PostMapping("/amendments")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  Authorisation amend(
      @PathVariable String id,
      @RequestBody AuthorisationAmendment request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new AuthorisationCommands.Amend(id, request));
  }

  @PostMapping("/suspension")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  Authorisation suspend(
      @PathVariable String id,
      @RequestBody AuthorisationStatusChange request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new AuthorisationCommands.Suspend(id, request));
  }

  @PostMapping("/reinstatement")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  Authorisation reinstate(
      @PathVariable String id,
      @RequestBody AuthorisationStatusChange request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new AuthorisationCommands.Reinstate(id, request));
  }

  @PostMapping("/revocation")
  @PreAuthorize(Role.ADMIN_OR_PLANNER)
  Authorisation revoke(
      @PathVariable String id,
      @RequestBody AuthorisationStatusChange request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new AuthorisationCommands.Revoke(id, request));
  }
}
