package io.tally.demo;

import io.tally.execution.CountRequest;
import io.tally.execution.Counts;
import io.tally.execution.Runs;
import io.tally.execution.StartRunRequest;
import io.tally.execution.StopRequest;
import io.tally.execution.Stops;
import io.tally.kernel.Actor;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The demo operator's commands on the lines, through execution's services, and their tally. */
final class DemoOperator {
  private final Actor operator;
  private final Runs runs;
  private final Counts counts;
  private final Stops stops;
  private final Map<String, String> openRun = new HashMap<>();
  private long runCount;
  private long countCount;
  private long stopCount;

  /** Execution's services the operator calls, injected once; a demo's operator holds its state. */
  @Component
  record Commands(Runs runs, Counts counts, Stops stops) {}

  DemoOperator(Commands commands, DemoUsers users) {
    this.operator = users.actor(DemoUsers.OPERATOR);
    this.runs = commands.runs();
    this.counts = commands.counts();
    this.stops = commands.stops();
  }

  void startRun(String line, String order) {
    openRun.put(line, runs.start(operator, null, new StartRunRequest(line, null, order)).run());
    runCount++;
  }

  void count(String line, long good, long scrap) {
    counts.report(
        operator,
        java.util.UUID.randomUUID().toString(),
        openRun.get(line),
        new CountRequest(good, scrap));
    countCount++;
  }

  void endRun(String line) {
    runs.end(operator, null, openRun.remove(line));
  }

  void startStop(String line, String reason) {
    stops.start(operator, null, line, new StopRequest(reason));
    stopCount++;
  }

  void endStop(String line) {
    stops.end(operator, null, line);
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
