package io.tally.traceability;

import io.tally.kernel.Actor;
import io.tally.kernel.IdempotencyKey;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
      @RequestBody @Valid ComponentRequests.Receipt request, IdempotencyKey key, Actor actor) {
    return components.receive(actor, key.value(), request);
  }

  @PostMapping("/issues")
  @PreAuthorize("hasAnyRole('WAREHOUSE','OPERATOR')")
  Recorded issue(
      @RequestBody @Valid ComponentRequests.Issue request, IdempotencyKey key, Actor actor) {
    return components.issue(actor, key.value(), request);
  }

  @PostMapping("/consumptions")
  @PreAuthorize("hasRole('OPERATOR')")
  Recorded consume(
      @RequestBody @Valid ComponentRequests.Consumption request, IdempotencyKey key, Actor actor) {
    return components.consume(actor, key.value(), request);
  }

  @PostMapping("/scrap")
  @PreAuthorize("hasRole('WAREHOUSE')")
  Recorded scrap(
      @RequestBody @Valid ComponentRequests.Scrap request, IdempotencyKey key, Actor actor) {
    return components.scrap(actor, key.value(), request);
  }
}
