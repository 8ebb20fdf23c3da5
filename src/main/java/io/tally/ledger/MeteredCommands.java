package io.tally.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tally.kernel.Actor;
import io.tally.kernel.Command;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

/**
 * The {@link CommandExecutor} callers get: {@link CommandBus} timed per command. Each command's
 * rate and latency histogram is {@code tally.commands} tagged with its name and outcome ({@code
 * ok}, {@code refused} for a {@link CommandRejected}, {@code error} otherwise). It wraps the bus
 * rather than living in it, so how the bus runs commands (one at a time, in batches) is its own.
 */
@Service
@Primary
class MeteredCommands implements CommandExecutor {
  private final CommandBus bus;
  private final MeterRegistry registry;

  MeteredCommands(CommandBus bus, MeterRegistry registry) {
    this.bus = bus;
    this.registry = registry;
  }

  @Override
  public <R> R execute(Actor actor, IdempotencyKey key, Command<R> command) {
    long start = System.nanoTime();
    String outcome = "error";
    try {
      R answer = bus.execute(actor, key, command);
      outcome = "ok";
      return answer;
    } catch (CommandRejected refused) {
      outcome = "refused";
      throw refused;
    } finally {
      Timer.builder("tally.commands")
          .description("Commands from receipt to durable answer")
          .tag("command", CommandBus.name(command.getClass()))
          .tag("outcome", outcome)
          .publishPercentileHistogram()
          .register(registry)
          .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }
}
