package io.tally.plant;

import io.tally.input.Ident;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.plant.model.Capacity;
import io.tally.plant.model.Plant;
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

@RestController
@RequestMapping("/api")
class PlantController {
  private final PlantService plant;
  private final Lines lines;
  private final CommandExecutor commands;

  PlantController(PlantService plant, Lines lines, CommandExecutor commands) {
    this.plant = plant;
    this.lines = lines;
    this.commands = commands;
  }

  @GetMapping("/plant")
  @PreAuthorize(Role.ANY)
  Plant plant() {
    return plant.plant();
  }

  @GetMapping("/plant/capacity")
  @PreAuthorize(Role.ANY)
  Capacity capacity() {
    return plant.capacity(lines);
  }

  @GetMapping("/lines")
  @PreAuthorize(Role.ANY)
  List<LineView> lines() {
    return lines.all();
  }

  @GetMapping("/lines/{id}")
  @PreAuthorize(Role.ANY)
  LineView line(@PathVariable @Ident String id) {
    return lines.one(id);
  }

  @PostMapping("/lines/{id}/transitions")
  @PreAuthorize(Role.ADMIN_ONLY)
  LineView transition(
      @PathVariable @Ident String id,
      @RequestBody @Valid LineTransitionRequest request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new PlantCommands.Transition(id, request));
  }

  @GetMapping("/acceptance-acts")
  @PreAuthorize(Role.ANY)
  List<ActView> acts() {
    return lines.acts();
  }

  @PostMapping("/acceptance-acts")
  @PreAuthorize(Role.ADMIN_ONLY)
  @ResponseStatus(HttpStatus.CREATED)
  ActView recordAct(
      @RequestBody @Valid AcceptanceActRequest request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }
}
