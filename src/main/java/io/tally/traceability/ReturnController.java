package io.tally.traceability;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
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

/** Customer returns over HTTP: the warehouse records them, quality disposes of them. */
@RestController
@RequestMapping("/api/returns")
class ReturnController {
  private final CommandExecutor commands;
  private final ReturnQueries queries;

  ReturnController(CommandExecutor commands, ReturnQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @PostMapping
  @PreAuthorize("hasRole('WAREHOUSE')")
  @ResponseStatus(HttpStatus.CREATED)
  ReturnView record(
      @RequestBody @Valid ReturnRequests.Record request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/{id}/disposition")
  @PreAuthorize(HoldController.QUALITY)
  ReturnView dispose(
      @PathVariable @Ident String id,
      @RequestBody @Valid ReturnRequests.Decision request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new ReturnRequests.Dispose(id, request));
  }

  @GetMapping
  @PreAuthorize(HoldController.READERS)
  List<ReturnView> list() {
    return queries.recent(500);
  }

  @GetMapping("/{id}")
  @PreAuthorize(HoldController.READERS)
  ReturnView customerReturn(@PathVariable @Ident String id) {
    return queries.require(id);
  }
}
