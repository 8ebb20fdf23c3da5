package io.tally.traceability;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Packaging units over HTTP: pack, aggregate, repack, split, look up. */
@RestController
@RequestMapping("/api/units")
class PackagingController {
  private final CommandExecutor commands;
  private final Packaging packaging;

  PackagingController(CommandExecutor commands, Packaging packaging) {
    this.commands = commands;
    this.packaging = packaging;
  }

  @PostMapping("/moves")
  @PreAuthorize("hasRole('WAREHOUSE')")
  UnitView move(
      @RequestBody @Valid PackagingRequests.Move request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping
  @PreAuthorize("hasRole('WAREHOUSE')")
  @ResponseStatus(HttpStatus.CREATED)
  List<UnitView> pack(
      @RequestBody @Valid PackagingRequests.Pack request, IdempotencyKey key, Actor actor) {
    return List.of(commands.execute(actor, key, request));
  }

  @PostMapping("/aggregations")
  @PreAuthorize("hasRole('WAREHOUSE')")
  @ResponseStatus(HttpStatus.CREATED)
  UnitView aggregate(
      @RequestBody @Valid PackagingRequests.Aggregate request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/repacks")
  @PreAuthorize("hasRole('WAREHOUSE')")
  UnitView repack(
      @RequestBody @Valid PackagingRequests.Repack request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  @PostMapping("/splits")
  @PreAuthorize("hasRole('WAREHOUSE')")
  @ResponseStatus(HttpStatus.CREATED)
  List<UnitView> split(
      @RequestBody @Valid PackagingRequests.Split request, IdempotencyKey key, Actor actor) {
    return List.of(commands.execute(actor, key, request));
  }

  @GetMapping("/{sscc}")
  @PreAuthorize(Role.ANY)
  UnitView unit(@PathVariable @Ident String sscc) {
    return packaging
        .find(sscc)
        .orElseThrow(() -> CommandRejected.notFound("sscc", "no packaging unit " + sscc));
  }
}
