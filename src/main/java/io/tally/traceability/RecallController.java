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

/** Recalls over HTTP: open, acknowledgements, close, list, look up. */
@RestController
@RequestMapping("/api/recalls")
class RecallController {
  static final String RECALLERS = "hasAnyRole('QUALITY','ADMIN')";
  private final CommandExecutor commands;
  private final RecallQueries queries;

  RecallController(CommandExecutor commands, RecallQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @PostMapping
  @PreAuthorize(RECALLERS)
  @ResponseStatus(HttpStatus.CREATED)
  RecallView open(
      @RequestBody @Valid RecallRequests.Open request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/{id}/acknowledgements")
  @PreAuthorize(RECALLERS)
  RecallView acknowledge(
      @PathVariable @Ident String id,
      @RequestBody @Valid RecallRequests.Acknowledgement request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new RecallRequests.Acknowledge(id, request));
  }

  @PostMapping("/{id}/close")
  @PreAuthorize(RECALLERS)
  RecallView close(@PathVariable @Ident String id, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, new RecallRequests.Close(id));
  }

  @GetMapping
  @PreAuthorize(HoldController.READERS)
  List<RecallView> list() {
    return queries.recent(200);
  }

  @GetMapping("/{id}")
  @PreAuthorize(HoldController.READERS)
  RecallView recall(@PathVariable @Ident String id) {
    return queries.require(id);
  }
}
