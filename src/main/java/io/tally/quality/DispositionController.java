package io.tally.quality;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.IdempotencyKey;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/quality/lots/{lot}")
class DispositionController {
  private final Disposition disposition;
  private final Concessions concessions;

  DispositionController(Disposition disposition, Concessions concessions) {
    this.disposition = disposition;
    this.concessions = concessions;
  }

  @PostMapping("/rework")
  @PreAuthorize(QualityRoles.QUALITY)
  LotView rework(
      @PathVariable @Ident String lot,
      @RequestBody(required = false) @Valid DispositionRequest request,
      IdempotencyKey key,
      Actor actor) {
    return disposition.rework(actor, key.value(), lot, request);
  }

  @PostMapping("/scrap")
  @PreAuthorize(QualityRoles.QUALITY)
  LotView scrap(
      @PathVariable @Ident String lot,
      @RequestBody(required = false) @Valid DispositionRequest request,
      IdempotencyKey key,
      Actor actor) {
    return disposition.scrap(actor, key.value(), lot, request);
  }

  @PostMapping("/concession")
  @PreAuthorize(QualityRoles.QUALITY_OR_ADMIN)
  LotView requestConcession(
      @PathVariable @Ident String lot,
      @RequestBody(required = false) @Valid DispositionRequest request,
      IdempotencyKey key,
      Actor actor) {
    return concessions.requestConcession(actor, key.value(), lot, request);
  }

  @PostMapping("/concession/approval")
  @PreAuthorize(QualityRoles.QUALITY_OR_ADMIN)
  LotView approveConcession(@PathVariable @Ident String lot, IdempotencyKey key, Actor actor) {
    return concessions.approveConcession(actor, key.value(), lot);
  }
}
