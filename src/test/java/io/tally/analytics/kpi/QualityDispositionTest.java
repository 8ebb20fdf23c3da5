package io.tally.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.execution.RunId;
import io.tally.plant.model.Interval;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.StopReason.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quality's decisions spread over the counts that made a lot; overtime pieces of a line. */
class QualityDispositionTest {
  static final RunId R = Fixtures.runId("R1");
  static final LineId L = new LineId("L1");

  static Instant t(String s) {
    return Instant.parse("2026-11-02T" + s + ":00Z");
  }

  @Test
  void aLotsDecisionsArePaidByItsCountsProRataAndAddUpExactly() {
    // A lot made 1000 units in the first shift and 3000 in the next: scrap 1001 after inspection.
    List<Disposition> d =
        LotDispositions.spread(
            List.of(1_000L, -10L, 3_000L), new LotDispositions.Totals(1_001, 0, 40, 7, 0));
    assertThat(d.get(0).scrapped() + d.get(2).scrapped()).isEqualTo(1_001);
    assertThat(d.get(0).scrapped()).isEqualTo(250);
    assertThat(d.get(1)).isEqualTo(Disposition.NONE);
    assertThat(d.get(0).samples() + d.get(2).samples()).isEqualTo(40);
    assertThat(d.get(0).concession() + d.get(2).concession()).isEqualTo(7);
  }

  @Test
  void aCountNeverLosesMoreGoodThanItMade() {
    List<Disposition> d =
        LotDispositions.spread(List.of(3L, 3L, 3L), new LotDispositions.Totals(9, 9, 9, 0, 0));
    for (Disposition x : d) {
      assertThat(x.outOfGood()).isEqualTo(3);
    }
  }

  @Test
  void goodAfterQualityIsWhatTheStandardCallsGoodAndPqIsWhatTheLineMade() {
    Period p = new Period(L, t("06:00"), t("14:00"));
    Run run = new Run(R, new ProductCode("P"), 1_000, new Interval(t("06:00"), t("14:00")));
    Count c = new Count(t("10:00"), R, 1_000, 8_000, 0, 0, new Disposition(1_000, 500, 100, 0, 0));
    TimeElements e = TimeModel.of(new PeriodRecord(p, List.of(run), List.of(), List.of(c)));
    assertThat(e.gqAtLine()).isEqualTo(8_000);
    assertThat(e.gq()).isEqualTo(6_400);
    assertThat(e.sq()).isEqualTo(1_000);
    assertThat(e.rq()).isEqualTo(500);
    assertThat(e.samples()).isEqualTo(100);
    assertThat(e.pq()).isEqualTo(8_000);
    Kpis k = Kpis.of(e);
    assertThat(k.qualityRatio().getAsDouble()).isEqualTo(0.8);
    assertThat(k.oee().getAsDouble())
        .isCloseTo(
            k.availability().getAsDouble()
                * k.effectiveness().getAsDouble()
                * k.qualityRatio().getAsDouble(),
            org.assertj.core.data.Offset.offset(1e-12));
    assertThat(k.reworkRatio().getAsDouble()).isEqualTo(500 / 8_000.0);
  }

  @Test
  void productionOutsideEveryPeriodIsOvertimeLessItsStops() {
    Period shift = new Period(L, t("06:00"), t("14:00"));
    List<LineFact> facts =
        List.of(
            new LineFact.RunStarted(t("13:00"), R, new ProductCode("P"), 1_000),
            new LineFact.CountRecorded(t("14:00"), R, 900, 0, 0),
            new LineFact.StopStarted(t("15:00"), new ReasonCode("JAM"), Category.UNPLANNED),
            new LineFact.StopEnded(t("15:30")),
            new LineFact.CountRecorded(t("16:00"), R, 1_500, 20, 0),
            new LineFact.RunEnded(t("16:00"), R));
    List<Overtime.Piece> o =
        Overtime.of(facts, List.of(shift), new Interval(t("00:00"), t("23:59")), t("23:59"));
    Duration time =
        o.stream().map(Overtime.Piece::production).reduce(Duration.ZERO, Duration::plus);
    long units = o.stream().mapToLong(Overtime.Piece::units).sum();
    assertThat(time).isEqualTo(Duration.ofMinutes(90));
    assertThat(units).isEqualTo(1_520);
  }
}
