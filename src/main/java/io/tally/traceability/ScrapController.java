package io.tally.traceability;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
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

/**
 * Scrap in custody over HTTP: the reject store, moves to await destruction, destruction acts and
 * retained reference samples (docs/traceability.md).
 */
@RestController
@RequestMapping("/api/scrap")
class ScrapController {
  static final String MOVERS = "hasAnyRole('WAREHOUSE','QUALITY')";
  static final String QUALITY = "hasRole('QUALITY')";
  static final String READERS = "hasAnyRole('WAREHOUSE','QUALITY','ADMIN','AUDITOR')";
  private static final int SHOWN = 500;
  private final CommandExecutor commands;
  private final ScrapQueries queries;

  ScrapController(CommandExecutor commands, ScrapQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /** What the reject store holds, by lot, reason and location. */
  @GetMapping("/reject-store")
  @PreAuthorize(READERS)
  List<ScrapRow> rejectStore() {
    return queries.inState(ScrapStock.REJECT_STORE, SHOWN);
  }

  @GetMapping("/awaiting-destruction")
  @PreAuthorize(READERS)
  List<ScrapRow> awaiting() {
    return queries.inState(ScrapStock.AWAITING, SHOWN);
  }

  @PostMapping("/awaiting-destruction")
  @PreAuthorize(MOVERS)
  @ResponseStatus(HttpStatus.CREATED)
  ScrapMoved toDestruction(
      @RequestBody @Valid ScrapRequests.ToDestruction request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @GetMapping("/destructions")
  @PreAuthorize(READERS)
  List<DestructionActView> acts() {
    return queries.acts(SHOWN);
  }

  @PostMapping("/destructions")
  @PreAuthorize(MOVERS)
  @ResponseStatus(HttpStatus.CREATED)
  DestructionActView destroy(
      @RequestBody @Valid ScrapRequests.Destroy request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @GetMapping("/destructions/{act}")
  @PreAuthorize(READERS)
  DestructionActView act(@PathVariable @Ident String act) {
    return queries
        .act(act)
        .orElseThrow(() -> CommandRejected.notFound("act", "no destruction act '" + act + "'"));
  }

  /** A lot's scrap in every state of custody. */
  @GetMapping("/lots/{lot}")
  @PreAuthorize(READERS)
  List<ScrapRow> lot(@PathVariable @Ident String lot) {
    return queries.lot(lot);
  }

  @GetMapping("/retained")
  @PreAuthorize(READERS)
  List<RetainedSampleView> retained() {
    return queries.retainedNow(SHOWN);
  }

  @PostMapping("/retained")
  @PreAuthorize(QUALITY)
  @ResponseStatus(HttpStatus.CREATED)
  RetainedSampleView retain(
      @RequestBody @Valid ScrapRequests.Retain request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  /** Retained samples past their date to the reject store. */
  @PostMapping("/retained/{id}/discard")
  @PreAuthorize(QUALITY)
  RetainedSampleView discard(@PathVariable @Ident String id, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, new ScrapRequests.Discard(id));
  }
}
