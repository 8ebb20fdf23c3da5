package io.tally.quality;

import io.tally.input.Ident;
import io.tally.ledger.Actor;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      Principal principal) {
    return disposition.rework(new Actor(principal.getName()), key, lot, request);
  }

  @PostMapping("/scrap")
  @PreAuthorize(QualityRoles.QUALITY)
  LotView scrap(
      @PathVariable @Ident String lot,
      @RequestBody(required = false) @Valid DispositionRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      Principal principal) {
    return disposition.scrap(new Actor(principal.getName()), key, lot, request);
  }

  @PostMapping("/concession")
  @PreAuthorize(QualityRoles.QUALITY_OR_ADMIN)
  LotView requestConcession(
      @PathVariable @Ident String lot,
      @RequestBody(required = false) @Valid DispositionRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      Principal principal) {
    return concessions.requestConcession(new Actor(principal.getName()), key, lot, request);
  }

  @PostMapping("/concession/approval")
  @PreAuthorize(QualityRoles.QUALITY_OR_ADMIN)
  LotView approveConcession(
      @PathVariable @Ident String lot,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      Principal principal) {
    return concessions.approveConcession(new Actor(principal.getName()), key, lot);
  }
}
