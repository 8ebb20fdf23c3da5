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
import io.tally.kernel.IdempotencyKey;
import io.tally.ledger.Event;
import io.tally.ledger.Events;
import io.tally.ledger.LedgerEntries;
import io.tally.ledger.LedgerEntry;
import io.tally.plant.model.LineId;
import io.tally.traceability.Inventory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * A few corrections a month, as a plant makes them: a count mistyped on L1's terminal corrected and
 * approved by a second person, a stop on L2 booked as a jam that was a material shortage, a count
 * of L3 entered late from the paper log, and each quarter a {@link DemoStocktake stocktake} of the
 * component stores. A correction the rules refuse on the day (the lot moved on, no such stop) is
 * left out; the demo goes on.
 */
final class DemoCorrections {
  private static final int MONTH = 21;
  private static final int QUARTER = 63;

  private final Commands commands;
  private final DemoUsers users;
  private final DemoSteps steps;
  private final DemoStocktake stocktake;
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
    this.stocktake = new DemoStocktake(commands.executor(), commands.inventory(), users);
  }

  /** Plans the corrections of working day {@code index} (0 is the demo's first). */
  void plan(LocalDate day, int index) {
    Instant midnight = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    if (index % MONTH == 3) {
      steps.attempt(midnight.plusSeconds(10 * 3600 + 40 * 60), this::mistypedCount);
    }
    if (index % MONTH == 8) {
      steps.attempt(midnight.plusSeconds(22 * 3600 + 30 * 60), this::stopReasonFixed);
    }
    if (index % MONTH == 13) {
      Instant paper = midnight.plusSeconds(13 * 3600 + 30 * 60);
      steps.attempt(midnight.plusSeconds(15 * 3600), () -> lateCount(paper));
    }
    if (index % QUARTER == 20) {
      steps.attempt(midnight.plusSeconds(4 * 3600 + 30 * 60), () -> stocktake.count(day));
    }
  }

  /** How many corrections, late entries and stocktakes the demo made. */
  int made() {
    return made + stocktake.made();
  }

  /** L1's last report had 1,200 good rounds too many: corrected, then approved by quality. */
  private void mistypedCount() {
    LedgerEntry e = latest(CountReported.class, c -> c.line().value().equals("L1")).orElse(null);
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
                        "mistyped on the terminal: the tally sheet says " + (c.good() - 1_200))));
    if (asked.pending()) {
      commands
          .executor()
          .execute(users.actor(DemoUsers.QUALITY), new CountCommands.Approve(asked.seq()));
    }
    made++;
  }

  /** The day's last jam on L2 was a material shortage. */
  private void stopReasonFixed() {
    LedgerEntry e =
        latest(StopStarted.class, s -> s.line().value().equals("L2") && s.reason().equals("JAM"))
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
  }

  /** A count of L3's run written on the paper log while the terminal was down, entered later. */
  private void lateCount(Instant occurredAt) {
    commands
        .execution()
        .openRun(new LineId("L3"))
        .filter(r -> r.startedAt().isBefore(occurredAt))
        .ifPresent(
            r -> {
              IdempotencyKey key =
                  new IdempotencyKey("demo-late-" + r.run() + "-" + occurredAt.toEpochMilli());
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
            });
  }

  private <E extends Event> Optional<LedgerEntry> latest(Class<E> type, Predicate<E> which) {
    String name = Events.typeOf(type);
    return commands.entries().latest(400).stream()
        .filter(e -> e.type().equals(name))
        .filter(e -> which.test(Events.read(e, type).orElseThrow()))
        .findFirst();
  }
}
