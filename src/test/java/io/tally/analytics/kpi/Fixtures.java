package io.tally.analytics.kpi;

import io.tally.analytics.kpi.LineFact.CountRecorded;
import io.tally.analytics.kpi.LineFact.RunEnded;
import io.tally.analytics.kpi.LineFact.RunStarted;
import io.tally.analytics.kpi.LineFact.StopEnded;
import io.tally.analytics.kpi.LineFact.StopStarted;
import io.tally.execution.RunId;
import io.tally.plant.model.Interval;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.plant.model.StopReason.Category;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/** Small builders for facts and periods on line L3 on Friday 2026-11-27 (times as "HH:mm"). */
final class Fixtures {
  static final LineId L3 = new LineId("L3");
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  static final ProductCode BLANK = new ProductCode("762x39-BLANK");
  static final ProductCode TRACER = new ProductCode("762x39-TRACER");
  static final double RATE = 4375;

  private Fixtures() {}

  static Instant at(String hhmm) {
    return DAY.atTime(LocalTime.parse(hhmm)).toInstant(ZoneOffset.UTC);
  }

  static Interval span(String from, String to) {
    return new Interval(at(from), at(to));
  }

  static Period period(String from, String to) {
    return new Period(L3, at(from), at(to));
  }

  static Period period(String from, String to, List<Interval> plannedDowntime) {
    return new Period(L3, span(from, to), plannedDowntime);
  }

  /** A run id for a short label: "R1" (or "N1") is RUN-000001, the form execution gives. */
  static RunId runId(String label) {
    return new RunId(String.format("RUN-%06d", Integer.parseInt(label.substring(1))));
  }

  static LineFact runStarted(String t, String run, ProductCode product, double rate) {
    return new RunStarted(at(t), runId(run), product, rate);
  }

  static LineFact runEnded(String t, String run) {
    return new RunEnded(at(t), runId(run));
  }

  static LineFact count(String t, String run, long good, long scrap, long rework) {
    return new CountRecorded(at(t), runId(run), good, scrap, rework);
  }

  static LineFact stopStarted(String t, String reason, Category category) {
    return new StopStarted(at(t), new ReasonCode(reason), category);
  }

  static LineFact stopEnded(String t) {
    return new StopEnded(at(t));
  }

  static Stop stop(String from, String to, String reason, Category category) {
    return new Stop(span(from, to), new ReasonCode(reason), category);
  }

  static double minutes(double m) {
    return m * 60;
  }
}
