package io.tally.machines;

import io.tally.execution.StopCommands;
import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.machines.MachineCommands.BookAnswer;
import io.tally.machines.MachineCommands.Outcome;
import io.tally.plant.model.LineId;
import io.tally.plant.model.MachineSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Carries out what each line's {@link MachineLine} decides: counters booked through the command
 * path with keys from (line, epoch, values), a new epoch when a counter goes back, stops started
 * and ended. Transports hand it samples; a tick books what the interval says. Counts it cannot book
 * (no run open) stay unbooked in the counter and are shown as held: the next booking takes them.
 */
@Service
public class MachineBooker {
  /** The actor of every machine booking, the same for every connector so keys match. */
  public static final Actor MACHINES = new Actor("machines");

  private static final Logger log = LoggerFactory.getLogger(MachineBooker.class);
  private final CommandExecutor commands;
  private final MachineCounters counters;
  private final Clock clock;
  private final Map<LineId, Tracked> lines = new ConcurrentHashMap<>();

  MachineBooker(CommandExecutor commands, MachineCounters counters, Clock clock) {
    this.commands = commands;
    this.counters = counters;
    this.clock = clock;
  }

  /** Follows line {@code line}'s machine from now on (idempotent). */
  public void follow(LineId line, MachineSource source) {
    lines.computeIfAbsent(line, l -> new Tracked(l, new MachineLine(source)));
  }

  public boolean follows(LineId line) {
    return lines.containsKey(line);
  }

  /**
   * Takes a sample from a transport; refused (IllegalArgumentException) for a line not followed.
   */
  public void accept(MachineSample sample) {
    Tracked t = tracked(sample.line());
    synchronized (t) {
      t.rate.add(sample);
      carryOut(t, t.machine.accept(sample));
    }
  }

  /** Books what the booking interval and the micro-stop threshold say is due by {@code now}. */
  public void tick(Instant now) {
    for (Tracked t : lines.values()) {
      synchronized (t) {
        carryOut(t, t.machine.tick(now));
      }
    }
  }

  /**
   * Books line {@code line}'s counters now, whatever the interval says (a lot boundary, a test).
   */
  public void bookNow(LineId line) {
    Tracked t = tracked(line);
    synchronized (t) {
      carryOut(t, t.machine.bookNow(clock.instant()));
    }
  }

  /** Forgets what this connector booked, as a restarted one would (tests). */
  void rebookForTest() {
    lines.values().forEach(t -> t.machine.rebook());
  }

  public void connection(LineId line, LineStatus.Connection connection) {
    Optional.ofNullable(lines.get(line)).ifPresent(t -> t.connection = connection);
  }

  /** A message the transport could not read: counted, logged, never booked. */
  public void refused(LineId line, String why) {
    Tracked t = lines.get(line);
    if (t != null) {
      t.refused++;
      error(t, "refused a message: " + why);
    }
  }

  public void error(LineId line, String why) {
    Optional.ofNullable(lines.get(line)).ifPresent(t -> error(t, why));
  }

  public List<LineStatus> statuses() {
    return lines.keySet().stream().sorted().map(l -> status(l).orElseThrow()).toList();
  }

  public Optional<LineStatus> status(LineId line) {
    Tracked t = lines.get(line);
    if (t == null) {
      return Optional.empty();
    }
    synchronized (t) {
      MachineLine m = t.machine;
      Instant last = m.lastValueAt();
      Optional<CounterState> booked = counters.current(line);
      long heldWithoutRun =
          t.noRun && m.processed() != null && booked.isPresent()
              ? Math.max(0, m.processed() - booked.get().processed())
              : 0;
      return Optional.of(
          new LineStatus(
              line.value(),
              m.source().kind().name().toLowerCase(java.util.Locale.ROOT),
              t.connection,
              m.state().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
              m.stateCode(),
              m.processed(),
              t.rate.perHour(),
              last,
              last == null ? null : java.time.Duration.between(last, clock.instant()).toSeconds(),
              heldWithoutRun,
              booked.map(CounterState::heldProcessed).orElse(null),
              m.microStops(),
              t.refused,
              t.lastError,
              t.lastErrorAt));
    }
  }

  private Tracked tracked(LineId line) {
    Tracked t = lines.get(line);
    if (t == null) {
      throw new IllegalArgumentException("line " + line + " has no machine followed");
    }
    return t;
  }

  private void carryOut(Tracked t, List<MachineAction> actions) {
    for (MachineAction a : actions) {
      try {
        if (a instanceof MachineAction.BookCounters b) {
          book(t, b);
        } else if (a instanceof MachineAction.StartStop s) {
          commands.execute(
              MACHINES,
              new IdempotencyKey("machine:" + t.line + ":stop:" + s.at().toEpochMilli()),
              new StopCommands.Start(t.line, s.reason(), s.at()));
        } else if (a instanceof MachineAction.EndStop e) {
          commands.execute(
              MACHINES,
              new IdempotencyKey("machine:" + t.line + ":stopend:" + e.startedAt().toEpochMilli()),
              new StopCommands.End(t.line, e.at()));
        }
      } catch (CommandRejected refused) {
        error(t, refused.getMessage());
      } catch (RuntimeException e) {
        // The database or the ledger failed: the counters stay unbooked and are booked later.
        log.warn("line {}: booking failed: {}", t.line, e.toString());
        error(t, "booking failed: " + e.getMessage());
        if (a instanceof MachineAction.BookCounters) {
          t.machine.rebook();
        }
      }
    }
  }

  private void book(Tracked t, MachineAction.BookCounters b) {
    Optional<CounterState> state = counters.current(t.line);
    if (state.isEmpty()) {
      commands.execute(
          MACHINES,
          MachineCommands.epochKey(t.line, 1),
          new MachineCommands.StartEpoch(t.line, 1, null, null, b.processed(), b.defective()));
      return;
    }
    CounterState s = state.get();
    long epoch = s.epoch();
    if (b.processed() < s.processed() || b.defective() < s.defective()) {
      epoch++;
      commands.execute(
          MACHINES,
          MachineCommands.epochKey(t.line, epoch),
          new MachineCommands.StartEpoch(
              t.line, epoch, s.processed(), s.defective(), b.processed(), b.defective()));
    }
    try {
      BookAnswer answer =
          commands.execute(
              MACHINES,
              MachineCommands.bookingKey(t.line, epoch, b.processed(), b.defective()),
              new MachineCommands.Book(
                  t.line,
                  epoch,
                  b.processed(),
                  b.defective(),
                  b.microStops(),
                  b.microStopSeconds(),
                  t.machine.source().plausibilityLimit()));
      t.noRun = false;
      if (answer.outcome() == Outcome.HELD) {
        error(t, "a counter jump is held for a person to confirm");
      }
    } catch (CommandRejected refused) {
      t.noRun = "run".equals(refused.field());
      t.machine.rebook();
      throw refused;
    }
  }

  private void error(Tracked t, String why) {
    t.lastError = why;
    t.lastErrorAt = clock.instant();
  }

  /** A followed line and what the connector shows of it. */
  private static final class Tracked {
    final LineId line;
    final MachineLine machine;
    final Rate rate = new Rate();
    volatile LineStatus.Connection connection = LineStatus.Connection.NOT_CONNECTED;
    volatile long refused;
    volatile String lastError;
    volatile Instant lastErrorAt;
    volatile boolean noRun;

    Tracked(LineId line, MachineLine machine) {
      this.line = line;
      this.machine = machine;
    }
  }
}
