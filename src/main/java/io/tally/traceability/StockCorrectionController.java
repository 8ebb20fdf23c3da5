package io.tally.traceability;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
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

/**
 * Corrections of component consumptions and of moves; one above the configured size is approved by
 * a second person with QUALITY or ADMIN.
 */
@RestController
@RequestMapping("/api/corrections")
class StockCorrectionController {
  static final String CONSUMPTION = "hasAnyRole('OPERATOR','WAREHOUSE','QUALITY','ADMIN')";
  static final String MOVE = "hasAnyRole('WAREHOUSE','QUALITY','ADMIN')";
  static final String APPROVES = "hasAnyRole('QUALITY','ADMIN')";
  private final CommandExecutor commands;
  private final StockCorrectionQueries queries;

  StockCorrectionController(CommandExecutor commands, StockCorrectionQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @PostMapping("/consumptions")
  @PreAuthorize(CONSUMPTION)
  @ResponseStatus(HttpStatus.CREATED)
  StockCorrectionView consumption(
      @RequestBody @Valid StockCorrectionRequests.Consumption request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/moves")
  @PreAuthorize(MOVE)
  @ResponseStatus(HttpStatus.CREATED)
  StockCorrectionView move(
      @RequestBody @Valid StockCorrectionRequests.Move request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/stock/{seq}/approval")
  @PreAuthorize(APPROVES)
  StockCorrectionView approve(@PathVariable long seq, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, new StockCorrectionRequests.Approve(seq));
  }

  /** The consumption and move corrections of a lot, component lot or unit; without, the pending. */
  @GetMapping("/stock")
  @PreAuthorize(Role.ANY)
  List<StockCorrectionView> corrections(@RequestParam(required = false) @Ident String lot) {
    return lot != null ? queries.about(lot) : queries.pending();
  }
}
