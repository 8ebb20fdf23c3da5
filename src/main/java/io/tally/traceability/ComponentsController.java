package io.tally.traceability;

import io.tally.ledger.Actor;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Component lots over HTTP: receipt, issue to a line, consumption into a finished lot, scrap. */
@RestController
@RequestMapping("/api/component-lots")
@ResponseStatus(HttpStatus.CREATED)
class ComponentsController {
  private final Components components;

  ComponentsController(Components components) {
    this.components = components;
  }

  @PostMapping
  @PreAuthorize("hasRole('WAREHOUSE')")
  Recorded receive(
      @RequestBody @Valid ComponentRequests.Receipt request,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      Principal principal) {
    return components.receive(new Actor(principal.getName()), key, request);
  }

  @PostMapping("/issues")
  @PreAuthorize("hasAnyRole('WAREHOUSE','OPERATOR')")
  Recorded issue(
      @RequestBody @Valid ComponentRequests.Issue request,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      Principal principal) {
    return components.issue(new Actor(principal.getName()), key, request);
  }

  @PostMapping("/consumptions")
  @PreAuthorize("hasRole('OPERATOR')")
  Recorded consume(
      @RequestBody @Valid ComponentRequests.Consumption request,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      Principal principal) {
    return components.consume(new Actor(principal.getName()), key, request);
  }

  @PostMapping("/scrap")
  @PreAuthorize("hasRole('WAREHOUSE')")
  Recorded scrap(
      @RequestBody @Valid ComponentRequests.Scrap request,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      Principal principal) {
    return components.scrap(new Actor(principal.getName()), key, request);
  }
}
