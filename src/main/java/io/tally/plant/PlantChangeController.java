package io.tally.plant;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import io.tally.security.Role;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plant-file change control: an ADMIN proposes, another ADMIN or QUALITY user approves. */
@RestController
@RequestMapping("/api/plant/changes")
class PlantChangeController {
  static final String APPROVERS = "hasAnyRole('ADMIN','QUALITY')";

  private final CommandExecutor commands;
  private final PlantChangeQueries queries;

  PlantChangeController(CommandExecutor commands, PlantChangeQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @GetMapping
  @PreAuthorize(Role.ANY)
  List<PlantChangeView> all() {
    return queries.all();
  }

  @GetMapping("/{id}")
  @PreAuthorize(Role.ANY)
  PlantChangeView one(@PathVariable long id) {
    return queries.one(id);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(Role.ADMIN_ONLY)
  @ResponseStatus(HttpStatus.CREATED)
  PlantChangeView propose(
      @RequestBody PlantChangeRequest request, IdempotencyKey key, Actor actor) {
    return commands.execute(actor, key, request);
  }

  /** The file itself as the body; its name and a reason to reset streams as parameters. */
  @PostMapping(consumes = {"text/yaml", "application/yaml", "text/plain"})
  @PreAuthorize(Role.ADMIN_ONLY)
  @ResponseStatus(HttpStatus.CREATED)
  PlantChangeView proposeFile(
      @RequestBody String text,
      @RequestParam(name = "file", required = false) String file,
      @RequestParam(name = "resetStreams", required = false) String resetStreams,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(actor, key, new PlantChangeRequest(file, text, resetStreams));
  }

  @PostMapping("/{id}/approval")
  @PreAuthorize(APPROVERS)
  PlantChangeView approve(
      @PathVariable long id,
      @RequestBody(required = false) PlantApprovalRequest request,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(
        actor,
        key,
        new PlantCommands.Approve(id, request == null ? new PlantApprovalRequest(null) : request));
  }
}
