package io.tally.machines;

import io.tally.ledger.EventHandlers;
import io.tally.ledger.LedgerEntry;
import io.tally.ledger.Projection;
import io.tally.machines.MachineEvent.CounterBooked;
import io.tally.machines.MachineEvent.EpochStarted;
import io.tally.machines.MachineEvent.JumpDecided;
import io.tally.machines.MachineEvent.JumpHeld;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The last booked counter values per line and epoch, from the machine events alone. */
@Component
class MachineProjection implements Projection {
  private final JdbcClient jdbc;
  private final EventHandlers handlers =
      new EventHandlers()
          .on(EpochStarted.class, (e, x) -> epoch(e))
          .on(CounterBooked.class, (e, x) -> booked(e))
          .on(JumpHeld.class, (e, x) -> held(e))
          .on(JumpDecided.class, (e, x) -> decided(e));

  MachineProjection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> tables() {
    return List.of("machine_counter");
  }

  @Override
  public void apply(LedgerEntry entry) {
    handlers.apply(entry);
  }

  private void epoch(EpochStarted e) {
    boolean reset = e.previousProcessed() != null;
    jdbc.sql(
            "INSERT INTO machine_counter (line, epoch, processed, defective, booked_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            e.line().value(),
            e.epoch(),
            reset ? 0 : e.processed(),
            reset ? 0 : e.defective(),
            Timestamp.from(e.at()))
        .update();
  }

  private void booked(CounterBooked e) {
    jdbc.sql(
            "UPDATE machine_counter SET processed = ?, defective = ?, held_processed = NULL,"
                + " held_defective = NULL, booked_at = ? WHERE line = ? AND epoch = ?")
        .params(e.processed(), e.defective(), Timestamp.from(e.at()), e.line().value(), e.epoch())
        .update();
  }

  private void held(JumpHeld e) {
    jdbc.sql(
            "UPDATE machine_counter SET held_processed = ?, held_defective = ?"
                + " WHERE line = ? AND epoch = ?")
        .params(e.processed(), e.defective(), e.line().value(), e.epoch())
        .update();
  }

  private void decided(JumpDecided e) {
    jdbc.sql(
            "UPDATE machine_counter SET processed = ?, defective = ?, held_processed = NULL,"
                + " held_defective = NULL, booked_at = ? WHERE line = ? AND epoch = ?")
        .params(e.processed(), e.defective(), Timestamp.from(e.at()), e.line().value(), e.epoch())
        .update();
  }
}
