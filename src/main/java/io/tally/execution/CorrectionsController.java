package io.tally.execution;

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
 * Corrections of counts and stops: operators, quality and admins ask for them; a count correction
 * above the configured size is approved by a second person with QUALITY or ADMIN.
 */
@RestController
@RequestMapping("/api/corrections")
class CorrectionsController {
  static final String CORRECTS = "hasAnyRole('ADMIN','OPERATOR','QUALITY')";
  static final String APPROVES = "hasAnyRole('ADMIN','QUALITY')";

  private final CommandExecutor commands;
  private final CorrectionQueries queries;

  CorrectionsController(CommandExecutor commands, CorrectionQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @PostMapping("/counts")
  @PreAuthorize(CORRECTS)
  @ResponseStatus(HttpStatus.CREATED)
  CorrectionView correctCount(
      @RequestBody @Valid CountCorrectionRequest request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, CountCommands.Correct.of(request));
  }

  @PostMapping("/counts/{seq}/approval")
  @PreAuthorize(APPROVES)
  CorrectionView approve(@PathVariable long seq, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, new CountCommands.Approve(seq));
  }

  /** A lot's or a run's count corrections; without either, those awaiting a second person. */
  @GetMapping("/counts")
  @PreAuthorize(Role.ANY)
  List<CorrectionView> countCorrections(
      @RequestParam(required = false) @Ident String lot,
      @RequestParam(required = false) @Ident String run) {
    if (lot != null) {
      return queries.corrections("lot", lot);
    }
    return run != null ? queries.corrections("run", run) : queries.pending();
  }

  @PostMapping("/stops")
  @PreAuthorize(CORRECTS)
  @ResponseStatus(HttpStatus.CREATED)
  StopView correctStop(
      @RequestBody @Valid StopCorrectionRequest request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @GetMapping("/stops")
  @PreAuthorize(Role.ANY)
  List<StopCorrectionView> stopCorrections(@RequestParam @Ident String line) {
    return queries.stopCorrections(line, 200);
  }
}
