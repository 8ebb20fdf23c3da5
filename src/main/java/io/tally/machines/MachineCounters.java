package io.tally.machines;

import io.tally.plant.model.LineId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the booked counters ({@link MachineProjection}'s table). */
@Component
public class MachineCounters {
  private static final String SELECT =
      "SELECT line, epoch, processed, defective, held_processed, held_defective"
          + " FROM machine_counter";
  private final JdbcClient jdbc;

  MachineCounters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The line's current (highest) epoch, if its counters were ever seen. */
  public Optional<CounterState> current(LineId line) {
    return jdbc.sql(SELECT + " WHERE line = ? ORDER BY epoch DESC FETCH FIRST 1 ROWS ONLY")
        .param(line.value())
        .query(CounterState.class)
        .optional();
  }

  /** Every line's jump waiting for a person. */
  public List<CounterState> held() {
    return jdbc.sql(SELECT + " WHERE held_processed IS NOT NULL ORDER BY line")
        .query(CounterState.class)
        .list();
  }
}
