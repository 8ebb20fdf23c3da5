package io.tally.analytics.kpi;

import static io.tally.analytics.kpi.Fixtures.period;
import static io.tally.analytics.kpi.Fixtures.stop;
import static io.tally.plant.model.StopReason.Category.PLANNED;
import static io.tally.plant.model.StopReason.Category.SETUP;
import static io.tally.plant.model.StopReason.Category.UNPLANNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StopParetoTest {

  @Test
  void ranksReasonsByLostTimeWithShareAndCumulativeShare() {
    PeriodRecord shift =
        new PeriodRecord(
            period("06:00", "14:00"),
            List.of(),
            List.of(
                stop("06:00", "07:40", "CHG", SETUP),
                stop("08:00", "08:15", "JAM", UNPLANNED),
                stop("10:00", "10:30", "BRKF", PLANNED),
                stop("11:00", "11:45", "BRK", UNPLANNED),
                stop("12:00", "12:15", "JAM", UNPLANNED)),
            List.of());
    List<StopPareto.Entry> pareto = StopPareto.of(List.of(shift));
    // Total 100 + 15 + 30 + 45 + 15 = 205 min. JAM (2 x 15 = 30) ties BRKF (30) on time and
    // ranks first on its two stops.
    assertThat(pareto)
        .extracting(e -> e.reason().value())
        .containsExactly("CHG", "BRK", "JAM", "BRKF");
    assertThat(pareto).extracting(StopPareto.Entry::stops).containsExactly(1L, 1L, 2L, 1L);
    assertThat(pareto.get(2).duration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(pareto.get(2).category()).isEqualTo(UNPLANNED);
    assertThat(pareto.get(0).share()).isCloseTo(100.0 / 205, within(1e-12));
    assertThat(pareto.get(1).cumulativeShare()).isCloseTo(145.0 / 205, within(1e-12));
    assertThat(pareto.get(2).cumulativeShare()).isCloseTo(175.0 / 205, within(1e-12));
    assertThat(pareto.get(3).cumulativeShare()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void noStopsGiveAnEmptyPareto() {
    PeriodRecord idle = new PeriodRecord(period("06:00", "14:00"), List.of(), List.of(), List.of());
    assertThat(StopPareto.of(List.of(idle))).isEmpty();
  }
}
