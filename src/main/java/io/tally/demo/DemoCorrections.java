package io.tally.demo;

import io.tally.execution.CorrectionView;
import io.tally.execution.CountCommands;
import io.tally.execution.CountCorrectionRequest;
import io.tally.execution.CountRequest;
import io.tally.execution.ExecutionEvent.CountReported;
import io.tally.execution.ExecutionEvent.StopStarted;
import io.tally.execution.ExecutionQueries;
import io.tally.execution.StopCorrectionRequest;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.Event;
import io.tally.ledger.Events;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.plant.model.LineId;
import io.tally.traceability.Inventory;
import io.tally.traceability.StocktakeLine;
import io.tally.traceability.StocktakeRequests;
import io.tally.traceability.StocktakeView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A few corrections a month, as a plant makes them: a count mistyped on L1's terminal corrected and
 * approved by a second person, a stop on L2 booked as a jam that was a material shortage, a count
 * of L3 entered late from the paper log, and a stocktake of the component stores each quarter
 * (counted by the warehouse, approved by two others). A correction the rules refuse on the day (the
 * lot moved on, no such stop) is left out; the demo goes on.
 */
final class DemoCorrections {
  private static final int MONTH = 21;
  private static final int QUARTER = 63;

  private final Commands commands;
  private final DemoUsers users;
  private final DemoSteps steps;
  private int made;

  /** The services the demo's corrections call, injected once. */
  @Component
  record Commands(
      ExecutionQueries execution,
      LedgerEntries entries,
      CommandExecutor executor,
      Inventory inventory) {}

  DemoCorrections(Commands commands, DemoUsers users, DemoSteps steps) {
    this.commands = commands;
    this.users = users;
    this.steps = steps;
  }

  /** Plans the corrections of working day {@code index} (0 is the demo's first). */
  void plan(LocalDate day, int index) {
    Instant midnight = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    if (index % MONTH == 3) {
      steps.alone(midnight.plusSeconds(10 * 3600 + 40 * 60), this::mistypedCount);
    }
    if (index % MONTH == 8) {
      steps.alone(midnight.plusSeconds(22 * 3600 + 30 * 60), this::stopReasonFixed);
    }
    if (index % MONTH == 13) {
      Instant paper = midnight.plusSeconds(13 * 3600 + 30 * 60);
      steps.alone(midnight.plusSeconds(15 * 3600), () -> lateCount(paper));
    }
    if (index % QUARTER == 20) {
      steps.alone(midnight.plusSeconds(4 * 3600 + 30 * 60), () -> stocktake(day));
    }
  }

  /** How many corrections, late entries and stocktakes the demo made. */
  int made() {
    return made;
  }

  /** L1's last report had 1,200 good rounds too many: corrected, then approved by quality. */
  private void mistypedCount() {
    attempt(
        () -> {
          LedgerEntry e =
              latest(CountReported.class, c -> c.line().value().equals("L1")).orElse(null);
          if (e == null) {
            return;
          }
          CountReported c = Events.read(e, CountReported.class).orElseThrow();
          if (c.good() <= 1_200) {
            return;
          }
          CorrectionView asked =
              commands
                  .executor()
                  .execute(
                      users.actor(DemoUsers.OPERATOR),
                      CountCommands.Correct.of(
                          new CountCorrectionRequest(
                              BigDecimal.valueOf(e.seq()),
                              BigDecimal.valueOf(c.good() - 1_200),
                              BigDecimal.valueOf(c.scrap()),
                              null,
                              "mistyped on the terminal: the tally sheet says "
                                  + (c.good() - 1_200))));
          if (asked.pending()) {
            commands
                .executor()
                .execute(users.actor(DemoUsers.QUALITY), new CountCommands.Approve(asked.seq()));
          }
          made++;
        });
  }

  /** The day's last jam on L2 was a material shortage. */
  private void stopReasonFixed() {
    attempt(
        () -> {
          LedgerEntry e =
              latest(
                      StopStarted.class,
                      s -> s.line().value().equals("L2") && s.reason().equals("JAM"))
                  .orElse(null);
          if (e == null) {
            return;
          }
          commands
              .executor()
              .execute(
                  users.actor(DemoUsers.OPERATOR),
                  new StopCorrectionRequest(
                      BigDecimal.valueOf(e.seq()),
                      null,
                      null,
                      null,
                      "MAT",
                      "no cases at the packer, not a jam"));
          made++;
        });
  }

  /** A count of L3's run written on the paper log while the terminal was down, entered later. */
  private void lateCount(Instant occurredAt) {
    attempt(
        () ->
            commands
                .execution()
                .openRun(new LineId("L3"))
                .filter(r -> r.startedAt().isBefore(occurredAt))
                .ifPresent(
                    r -> {
                      IdempotencyKey key =
                          new IdempotencyKey(
                              "demo-late-" + r.run() + "-" + occurredAt.toEpochMilli());
                      commands
                          .executor()
                          .execute(
                              users.actor(DemoUsers.OPERATOR),
                              key,
                              CountCommands.Report.of(
                                  key,
                                  r.run(),
                                  new CountRequest(
                                      BigDecimal.valueOf(240), BigDecimal.valueOf(3), occurredAt)));
                      made++;
                    }));
  }

  /**
   * The component stores counted: every line as the book has it but one, where the counter finds
   * three units more (never fewer, so the demo's stores never issue units that are not there).
   */
  private void stocktake(LocalDate day) {
    attempt(
        () -> {
          Map<String, Long> book = new HashMap<>();
          commands
              .inventory()
              .components()
              .forEach(s -> book.put(s.lot() + "@" + s.location(), s.quantity()));
          String id = "ST-STORES-" + day;
          StocktakeView opened =
              commands
                  .executor()
                  .execute(
                      users.actor(DemoUsers.WAREHOUSE),
                      new StocktakeRequests.Open(id, "STORES", null));
          List<StocktakeRequests.LineCount> counts = new ArrayList<>();
          boolean found = false;
          for (StocktakeLine l : opened.lines()) {
            long counted = book.getOrDefault(l.lot() + "@" + l.location(), 0L);
            if (!found && counted > 0) {
              counted += 3;
              found = true;
            }
            counts.add(new StocktakeRequests.LineCount(l.line(), counted));
          }
          if (!counts.isEmpty()) {
            commands
                .executor()
                .execute(
                    users.actor(DemoUsers.WAREHOUSE),
                    new StocktakeRequests.Count(id, new StocktakeRequests.Counts(counts)));
          }
          StocktakeView closed =
              commands
                  .executor()
                  .execute(users.actor(DemoUsers.WAREHOUSE), new StocktakeRequests.Close(id));
          if (closed.status().equals("AWAITING")) {
            commands
                .executor()
                .execute(users.actor(DemoUsers.WAREHOUSE_2), new StocktakeRequests.Approve(id));
            commands
                .executor()
                .execute(users.actor(DemoUsers.QUALITY), new StocktakeRequests.Approve(id));
          }
          made++;
        });
  }

  private <E extends Event> Optional<LedgerEntry> latest(
      Class<E> type, java.util.function.Predicate<E> which) {
    String name = Events.typeOf(type);
    return commands.entries().latest(400).stream()
        .filter(e -> e.type().equals(name))
        .filter(e -> which.test(Events.read(e, type).orElseThrow()))
        .findFirst();
  }

  /** Runs a correction; one the rules refuse today is left out (each command is its own commit). */
  private static void attempt(Runnable correction) {
    try {
      correction.run();
    } catch (CommandRejected refused) {
      // A real plant would see the refusal on the page and let it be; so does the demo.
    }
  }
}
