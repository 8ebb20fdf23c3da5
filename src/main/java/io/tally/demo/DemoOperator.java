package io.tally.demo;

import io.tally.execution.CountCommands;
import io.tally.execution.CountRequest;
import io.tally.execution.RunCommands;
import io.tally.execution.StartRunRequest;
import io.tally.execution.StopCommands;
import io.tally.execution.StopRequest;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.IdempotencyKey;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The demo operator's commands on the lines, through the command path, and their tally. */
final class DemoOperator {
  private final Actor operator;
  private final CommandExecutor commands;
  private final Map<String, String> openRun = new HashMap<>();
  private long runCount;
  private long countCount;
  private long stopCount;

  /**
   * The command path the operator sends through, injected once; a demo's operator holds its state.
   */
  @Component
  record Commands(CommandExecutor executor) {}

  DemoOperator(Commands commands, DemoUsers users) {
    this.operator = users.actor(DemoUsers.OPERATOR);
    this.commands = commands.executor();
  }

  void startRun(String line, String order) {
    openRun.put(line, commands.execute(operator, new StartRunRequest(line, null, order)).run());
    runCount++;
  }

  void count(String line, long good, long scrap) {
    IdempotencyKey key = new IdempotencyKey(java.util.UUID.randomUUID().toString());
    commands.execute(
        operator,
        key,
        CountCommands.Report.of(key, openRun.get(line), new CountRequest(good, scrap)));
    countCount++;
  }

  void endRun(String line) {
    commands.execute(operator, RunCommands.End.of(openRun.remove(line)));
  }

  void startStop(String line, String reason) {
    commands.execute(operator, StopCommands.Start.of(line, new StopRequest(reason)));
    stopCount++;
  }

  void endStop(String line) {
    commands.execute(operator, StopCommands.End.of(line));
  }

  long runs() {
    return runCount;
  }

  long counts() {
    return countCount;
  }

  long stops() {
    return stopCount;
  }
}
