package io.tally.plant.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyCapacityTest {
  private final Plant plant = PlantFileReader.readDefault();

  @Test
  void januaryCountsWorkingDaysLessHolidaysPerFamily() {
    // January 2027: 21 week days, less the holidays of 1 and 7 January = 19 days of 2 x 8 h.
    List<MonthlyCapacity.Cell> cells =
        MonthlyCapacity.of(plant, YearMonth.of(2027, 1), 1, l -> l.state().takesWork());
    MonthlyCapacity.Cell ball =
        cells.stream().filter(c -> c.family().equals("BALL")).findFirst().orElseThrow();
    assertThat(ball.lines()).containsExactly("L1", "L2");
    assertThat(ball.hours()).isEqualTo(2 * 19 * 16.0);
    assertThat(ball.units()).isEqualTo(2 * 19 * 16 * 4375L);
    assertThat(cells)
        .extracting(MonthlyCapacity.Cell::family)
        .containsExactly("BALL", "TRACER", "BLANK");
  }

  @Test
  void maintenanceWindowsAndLinesThatTakeNoWorkReduceIt() {
    // 28 December 2026: L1's annual overhaul takes its two shifts.
    MonthlyCapacity.Cell dec =
        MonthlyCapacity.of(plant, YearMonth.of(2026, 12), 1, l -> l.state().takesWork()).get(0);
    MonthlyCapacity.Cell decWithoutL2 =
        MonthlyCapacity.of(plant, YearMonth.of(2026, 12), 1, l -> !l.id().value().equals("L2"))
            .get(0);
    assertThat(dec.hours() - decWithoutL2.hours()).isEqualTo(decWithoutL2.hours() + 16.0);
  }
}
