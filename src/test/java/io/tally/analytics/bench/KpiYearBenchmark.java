package io.tally.analytics.bench;

import io.tally.analytics.kpi.CalendarPeriods;
import io.tally.analytics.kpi.Granularity;
import io.tally.analytics.kpi.Kpis;
import io.tally.analytics.kpi.LineFact;
import io.tally.analytics.kpi.Period;
import io.tally.analytics.kpi.PeriodSplitter;
import io.tally.analytics.kpi.ReasonCode;
import io.tally.analytics.kpi.Rollup;
import io.tally.execution.RunId;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.StopReason.Category;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A year of one line's facts on the reference calendar (about 490 shifts): one run per shift, a
 * 5-minute stop every 48 minutes and a count every 5 minutes, split into shift records and rolled
 * up to monthly KPIs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KpiYearBenchmark {
  List<LineFact> facts;
  List<Period> shifts;

  @Setup
  public void generate() {
    Plant plant = PlantFileReader.readDefault();
    LineId line = new LineId("L1");
    shifts =
        CalendarPeriods.shifts(
            plant.calendarOf(plant.line(line)),
            line,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 1, 1));
    facts = new ArrayList<>();
    ProductCode ball = new ProductCode("762x39-BALL-SC");
    int n = 0;
    for (Period p : shifts) {
      RunId run = new RunId(String.format("RUN-%06d", n++));
      facts.add(new LineFact.RunStarted(p.start(), run, ball, 4375));
      for (int m = 5; m <= 480; m += 5) {
        Instant t = p.start().plus(m, ChronoUnit.MINUTES);
        if (m % 48 == 0) {
          facts.add(new LineFact.StopStarted(t, new ReasonCode("JAM"), Category.UNPLANNED));
          facts.add(new LineFact.StopEnded(t.plus(5, ChronoUnit.MINUTES)));
        }
        facts.add(new LineFact.CountRecorded(t, run, 350, 4, 1));
      }
      facts.add(new LineFact.RunEnded(p.end(), run));
    }
  }

  @Benchmark
  public SortedMap<String, Kpis> yearOfOneLineToMonthlyKpis() {
    return Rollup.kpis(PeriodSplitter.split(facts, shifts), Granularity.MONTH);
  }
}
