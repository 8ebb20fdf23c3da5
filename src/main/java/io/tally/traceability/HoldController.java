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

/** Holds on demand over HTTP: place, release, list, look up. */
@RestController
@RequestMapping("/api/holds")
class HoldController {
  static final String QUALITY = "hasRole('QUALITY')";
  static final String READERS = "hasAnyRole('WAREHOUSE','QUALITY','ADMIN','AUDITOR')";
  private final CommandExecutor commands;
  private final HoldQueries queries;

  HoldController(CommandExecutor commands, HoldQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @PostMapping
  @PreAuthorize(QUALITY)
  @ResponseStatus(HttpStatus.CREATED)
  HoldView place(@RequestBody @Valid HoldRequests.Place request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/{id}/release")
  @PreAuthorize(QUALITY)
  HoldView release(
      @PathVariable @Ident String id,
      @RequestBody @Valid HoldRequests.Reason request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new HoldRequests.Release(id, request));
  }

  @GetMapping
  @PreAuthorize(READERS)
  List<HoldView> list() {
    return queries.recent(500);
  }

  @GetMapping("/{id}")
  @PreAuthorize(READERS)
  HoldView hold(@PathVariable @Ident String id) {
    return queries.require(id);
  }
}
