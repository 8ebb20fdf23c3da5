package io.tally.twin.model;

import io.tally.plant.model.CalendarId;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Shift;
import io.tally.plant.model.StageId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A what-if: changes laid over the plant file for one forecast. Each change knows where it was
 * written (file, line, field) so that one the plant cannot take is reported there.
 */
public record Scenario(String name, List<Change> changes) {
  /** The plant as its file says. */
  public static final Scenario BASELINE = new Scenario("baseline", List.of());

  public Scenario {
    Objects.requireNonNull(name, "name");
    changes = List.copyOf(changes);
  }

  /** Where in a scenario file a change was written. */
  public record Where(String file, int line, String field) {}

  /** One change to the plant. */
  public sealed interface Change permits Operate, AddLine, Reliability, AddShift {
    Where where();
  }

  /** The lines of a stage (or one line) take work from a date, whatever their state in the file. */
  public record Operate(Where where, StageId stage, LineId line, LocalDate from) implements Change {
    public Operate {
      if ((stage == null) == (line == null)) {
        throw new IllegalArgumentException("operate names either a stage or a line");
      }
      Objects.requireNonNull(from, "from");
    }
  }

  /**
   * A new line like an existing one (products, rates, calendar, reliability), working from a date.
   */
  public record AddLine(Where where, LineId id, LineId like, LocalDate from) implements Change {
    public AddLine {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(like, "like");
      Objects.requireNonNull(from, "from");
    }
  }

  /** New MTBF and/or MTTR of a line (null keeps the plant file's value). */
  public record Reliability(Where where, LineId line, Double mtbfHours, Double mttrHours)
      implements Change {
    public Reliability {
      Objects.requireNonNull(line, "line");
      if (mtbfHours == null && mttrHours == null) {
        throw new IllegalArgumentException("give mtbfHours, mttrHours or both");
      }
      if ((mtbfHours != null && !(mtbfHours > 0)) || (mttrHours != null && !(mttrHours > 0))) {
        throw new IllegalArgumentException("MTBF and MTTR must be positive");
      }
    }
  }

  /** One more shift on a calendar, every working day. */
  public record AddShift(Where where, CalendarId calendar, Shift shift) implements Change {
    public AddShift {
      Objects.requireNonNull(calendar, "calendar");
      Objects.requireNonNull(shift, "shift");
    }
  }
}
