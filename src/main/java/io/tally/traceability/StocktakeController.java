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

/** Stocktakes over HTTP: open, the blind sheet, counts, close, approvals, look up. */
@RestController
@RequestMapping("/api/stocktakes")
class StocktakeController {
  static final String COUNTERS = "hasAnyRole('WAREHOUSE','ADMIN')";
  static final String APPROVERS = "hasAnyRole('WAREHOUSE','QUALITY','ADMIN')";
  static final String READERS = "hasAnyRole('WAREHOUSE','QUALITY','ADMIN','AUDITOR')";
  private final CommandExecutor commands;
  private final StocktakeQueries queries;

  StocktakeController(CommandExecutor commands, StocktakeQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @PostMapping
  @PreAuthorize(COUNTERS)
  @ResponseStatus(HttpStatus.CREATED)
  StocktakeView open(
      @RequestBody @Valid StocktakeRequests.Open request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  /** The counter's sheet: what to count and where, never the book figure. */
  @GetMapping("/{id}/sheet")
  @PreAuthorize(COUNTERS)
  List<StocktakeLine> sheet(@PathVariable @Ident String id) {
    return queries.require(id).blind().lines();
  }

  @PostMapping("/{id}/counts")
  @PreAuthorize(COUNTERS)
  StocktakeView count(
      @PathVariable @Ident String id,
      @RequestBody @Valid StocktakeRequests.Counts request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new StocktakeRequests.Count(id, request));
  }

  @PostMapping("/{id}/close")
  @PreAuthorize(COUNTERS)
  StocktakeView close(@PathVariable @Ident String id, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, new StocktakeRequests.Close(id));
  }

  @PostMapping("/{id}/approvals")
  @PreAuthorize(APPROVERS)
  StocktakeView approve(@PathVariable @Ident String id, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, new StocktakeRequests.Approve(id));
  }

  @GetMapping
  @PreAuthorize(READERS)
  List<StocktakeView> list() {
    return queries.recent(200);
  }

  /** A stocktake; its book figures only once it is closed, so a counter cannot read them here. */
  @GetMapping("/{id}")
  @PreAuthorize(READERS)
  StocktakeView stocktake(@PathVariable @Ident String id) {
    StocktakeView s = queries.require(id);
    return s.open() ? s.blind() : s;
  }
}
