package io.tally.machines;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.machines.MachineCommands.BookAnswer;
import io.tally.plant.model.LineId;
import io.tally.security.Role;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The machine connections as the API shows them: each line's live status, the connections for an
 * admin, and the counter jumps waiting for a person, who confirms or refuses them.
 */
@RestController
class MachinesController {
  static final String DECIDES = "hasAnyRole('ADMIN','QUALITY')";
  private final MachineBooker booker;
  private final MachineCounters counters;
  private final CommandExecutor commands;

  MachinesController(MachineBooker booker, MachineCounters counters, CommandExecutor commands) {
    this.booker = booker;
    this.counters = counters;
    this.commands = commands;
  }

  @GetMapping("/api/lines/{line}/live")
  @PreAuthorize(Role.ANY)
  LineStatus live(@PathVariable String line) {
    return booker.status(lineId(line)).orElseThrow(() -> notFollowed(line));
  }

  @GetMapping("/api/machines")
  @PreAuthorize(Role.ADMIN_ONLY)
  List<LineStatus> connections() {
    return booker.statuses();
  }

  @GetMapping("/api/machines/held")
  @PreAuthorize(Role.ANY)
  List<CounterState> held() {
    return counters.held();
  }

  @PostMapping("/api/machines/lines/{line}/jump")
  @PreAuthorize(DECIDES)
  BookAnswer decide(
      @PathVariable String line,
      @RequestBody @Valid JumpDecision decision,
      IdempotencyKey key,
      Actor actor) {
    return commands.execute(
        actor, key, new MachineCommands.Decide(lineId(line), decision.confirmed(), decision.why()));
  }

  private static LineId lineId(String text) {
    try {
      return new LineId(text);
    } catch (IllegalArgumentException e) {
      throw notFollowed(text);
    }
  }

  private static CommandRejected notFollowed(String line) {
    return CommandRejected.notFound("line", "no machine reports for line '" + line + "'");
  }
}
