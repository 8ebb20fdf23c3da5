package io.tally.machines;

import io.tally.execution.CountAck;
import io.tally.execution.CountCommands;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.RunView;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.Quantity;
import io.tally.plant.model.LineId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Books good and scrap into a line's open run by execution's own count handler, inside the machine
 * command's transaction, so that the counts and the counter values they came from commit together
 * or not at all. A rise larger than one report may carry goes as several reports.
 */
@Component
class CountBooking {
  private final ObjectProvider<CommandHandler<?, ?>> handlers;
  private final ExecutionQueries queries;

  CountBooking(ObjectProvider<CommandHandler<?, ?>> handlers, ExecutionQueries queries) {
    this.handlers = handlers;
    this.queries = queries;
  }

  /** Refused (conflict, field run) when the line has no open run: the counts wait. */
  void book(Actor actor, LineId line, long good, long scrap) {
    RunView run =
        queries
            .openRun(line)
            .orElseThrow(
                () ->
                    CommandRejected.conflict(
                        "run", "line " + line + " has no open run; its counts are held"));
    CommandHandler<CountCommands.Report, CountAck> report = reportHandler();
    long g = good;
    long s = scrap;
    while (g > 0 || s > 0) {
      long bg = Math.min(g, CountCommands.MAX_PER_REPORT);
      long bs = Math.min(s, CountCommands.MAX_PER_REPORT);
      report.handle(
          new CountCommands.Report(
              new io.tally.execution.RunId(run.run()), Quantity.of(bg), Quantity.of(bs), null),
          actor);
      g -= bg;
      s -= bs;
    }
  }

  @SuppressWarnings("unchecked")
  private CommandHandler<CountCommands.Report, CountAck> reportHandler() {
    return (CommandHandler<CountCommands.Report, CountAck>)
        handlers
            .orderedStream()
            .filter(h -> h.commandType() == CountCommands.Report.class)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no handler for count reports"));
  }
}
