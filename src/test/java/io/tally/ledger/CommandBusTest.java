package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.kernel.Actor;
import io.tally.kernel.Command;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.kernel.IdempotencyKey;
import io.tally.orders.Authorisation;
import io.tally.orders.AuthorisationRequest;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one command path: a key sent twice takes effect once and answers the first answer; the same
 * key with another command is refused as a conflict; a refused command writes neither entries nor
 * its key; a command no handler decides fails naming its class.
 */
@SpringBootTest
@ActiveProfiles("test")
class CommandBusTest {
  static final Actor PLANNER = new Actor("bus.planner");
  static final AtomicInteger IDS = new AtomicInteger();

  @Autowired CommandExecutor commands;
  @Autowired JdbcClient jdbc;

  static AuthorisationRequest authorisation(String id, long quantity) {
    return new AuthorisationRequest(
        id,
        "ARMY",
        "762x39-BALL-SC",
        quantity,
        LocalDate.of(2050, 1, 1),
        LocalDate.of(2050, 12, 31),
        "BUS-" + id);
  }

  long entries() {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
  }

  long keys(String key) {
    return jdbc.sql("SELECT COUNT(*) FROM command_key WHERE idem_key = ?")
        .param(PLANNER.name() + ":" + key)
        .query(Long.class)
        .single();
  }

  @Test
  void theSameKeyTwiceAnswersTheFirstAnswerWithoutASecondEntry() {
    String id = "BUS-A-" + IDS.incrementAndGet();
    IdempotencyKey key = new IdempotencyKey("bus-" + id);
    long before = entries();
    Authorisation first = commands.execute(PLANNER, key, authorisation(id, 1_000));
    long after = entries();
    assertThat(after).isEqualTo(before + 1);
    Authorisation again = commands.execute(PLANNER, key, authorisation(id, 1_000));
    assertThat(again).isEqualTo(first);
    assertThat(entries()).isEqualTo(after);
    assertThat(keys(key.value())).isOne();
  }

  @Test
  void theSameKeyWithAnotherCommandIsRefusedAsAConflictAndWritesNothing() {
    String id = "BUS-B-" + IDS.incrementAndGet();
    IdempotencyKey key = new IdempotencyKey("bus-" + id);
    commands.execute(PLANNER, key, authorisation(id, 1_000));
    long before = entries();
    assertThatThrownBy(() -> commands.execute(PLANNER, key, authorisation(id, 2_000)))
        .isInstanceOfSatisfying(
            CommandRejected.class,
            r -> {
              assertThat(r.kind()).isEqualTo(CommandRejected.Kind.CONFLICT);
              assertThat(r.field()).isEqualTo("Idempotency-Key");
            });
    assertThatThrownBy(
            () -> commands.execute(PLANNER, key, authorisation("BUS-OTHER-" + id, 1_000)))
        .isInstanceOf(CommandRejected.class)
        .hasMessageContaining("different request");
    assertThat(entries()).isEqualTo(before);
  }

  @Test
  void aRefusedCommandWritesNeitherEntriesNorItsKey() {
    String id = "BUS-C-" + IDS.incrementAndGet();
    commands.execute(PLANNER, authorisation(id, 1_000));
    long before = entries();
    IdempotencyKey key = new IdempotencyKey("bus-refused-" + id);
    assertThatThrownBy(() -> commands.execute(PLANNER, key, authorisation(id, 1_000)))
        .isInstanceOfSatisfying(
            CommandRejected.class,
            r -> assertThat(r.kind()).isEqualTo(CommandRejected.Kind.CONFLICT));
    assertThatThrownBy(() -> commands.execute(PLANNER, key, authorisation("BUS-D-" + id, 0)))
        .isInstanceOfSatisfying(
            CommandRejected.class, r -> assertThat(r.field()).isEqualTo("quantity"));
    assertThat(entries()).isEqualTo(before);
    assertThat(keys(key.value())).isZero();
  }

  /** A command no handler decides. */
  record Unhandled(String what) implements Command<String> {
    @Override
    public Class<String> answerType() {
      return String.class;
    }
  }

  @Test
  void aCommandWithNoHandlerFailsNamingItsClass() {
    long before = entries();
    assertThatThrownBy(() -> commands.execute(PLANNER, new Unhandled("x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no handler for " + Unhandled.class.getName());
    assertThat(entries()).isEqualTo(before);
  }
}
