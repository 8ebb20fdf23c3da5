package io.tally.twin.model;

import static io.tally.twin.model.TwinFixtures.per;
import static io.tally.twin.model.TwinFixtures.replicate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tally.plant.model.Line;
import io.tally.plant.model.Plant;
import io.tally.plant.model.WorkCalendar;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The anchor plant-year of the project reference notes (twin-validation.md). */
class PlantYearValidationTest {
  @Test
  void standardYearOfTwoShiftsFromAMondayHas4176WorkingHours() {
    Plant plant = TwinFixtures.anchor();
    WorkCalendar cal = plant.calendars().get(0);
    ShiftTable table =
        ShiftTable.of(cal, plant.lines().get(0).id(), TwinFixtures.MONDAY.atStartOfDay(), 8760, 0);
    assertThat(table.workingHours(8760)).isEqualTo(4176.0);
    assertThat(cal.standardYearHours()).isEqualTo(4176.0);
  }

  @Test
  void everyLineSpendsItsWorkingHoursInWorkingStates() {
    List<ReplicationResult> runs = replicate(TwinFixtures.anchor(), 4, 1);
    for (ReplicationResult r : runs) {
      for (double[] h : r.hours()) {
        double working = 0;
        double all = 0;
        for (TimeState s : TimeState.values()) {
          all += h[s.ordinal()];
          working += s.isWorkingTime() ? h[s.ordinal()] : 0;
        }
        assertThat(all).isCloseTo(8760, within(1e-6));
        assertThat(working).isCloseTo(4176, within(1e-6));
      }
    }
  }

  @Test
  void roundTheClockThroughputMatchesTheRenewalRewardFormula() {
    Plant plant = TwinFixtures.anchorOn(TwinFixtures.ROUND_THE_CLOCK);
    double formula = 0;
    for (Line l : plant.lines()) {
      formula += throughputPerYear(plant, l);
    }
    assertThat(formula).isCloseTo(2_839_767, within(1.0));
    List<ReplicationResult> runs = replicate(plant, 200, 2);
    AnalyticValidationTest.assertWithinCi(per(runs, r -> r.totalGood()), 2_839_767);
  }

  @Test
  void shiftPlantYearGivesTheReferenceMeanOutput() {
    List<ReplicationResult> runs = replicate(TwinFixtures.anchor(), 200, 2);
    var output = per(runs, r -> r.totalGood());
    assertThat(output.mean()).isCloseTo(1_360_000, within(0.002 * 1_360_000));
    assertThat(output.sd()).isBetween(6_500.0, 9_000.0);
    double events = runs.stream().mapToLong(ReplicationResult::events).average().orElseThrow();
    assertThat(events).isBetween(8_000.0, 9_000.0);
  }

  /** TH = lot (1 - s) / [(lot c + p_co t_co)(1 + MTTR / MTBF)], per year of 8,760 h. */
  private static double throughputPerYear(Plant plant, Line l) {
    int n = l.capabilities().size();
    double cycle = 0;
    for (Line.Capability c : l.capabilities()) {
      cycle += 1 / c.ratedPerHour() / n;
    }
    long lot = plant.product(l.capabilities().get(0).product()).lotSize();
    double setup =
        l.changeoverMinutes(l.capabilities().get(0).product(), l.capabilities().get(1).product())
            / 60.0;
    double pChange = (n - 1) / (double) n;
    Line.Reliability r = l.reliability();
    return 8760
        * lot
        * (1 - r.scrapRate())
        / ((lot * cycle + pChange * setup) * (1 + r.mttrHours() / r.mtbfHours()));
  }
}
