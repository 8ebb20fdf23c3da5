package io.tally.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.execution.WorkOrderId;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import io.tally.scheduling.ScheduleEvent.Bound;
import io.tally.scheduling.ScheduleEvent.ChangeoverSlot;
import io.tally.scheduling.ScheduleEvent.Job;
import io.tally.scheduling.ScheduleEvent.Late;
import io.tally.scheduling.ScheduleEvent.Metrics;
import io.tally.scheduling.ScheduleEvent.ScheduleAccepted;
import io.tally.support.EventRoundTrip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ScheduleAccepted writes the payload the plan's maps wrote before it became a record (keys sorted,
 * whole hours as integers, times of the plant without zero seconds, a pinned job's work order and
 * an unplaced late order's line as null), and reads back equal.
 */
class ScheduleEventsTest {
  static final LocalDateTime DAY = LocalDateTime.parse("2027-03-01T00:00");
  static final ScheduleAccepted ACCEPTED =
      new ScheduleAccepted(
          "SCH-1",
          LocalDate.parse("2027-03-01"),
          2,
          new Metrics(12.5, 1, 3.0, DAY.plusHours(14), new Bound(0.25, DAY.plusHours(10))),
          List.of(
              new Job(
                  new WorkOrderId("SCH-1-1"),
                  new OrderId("SO-1"),
                  new LineId("L1"),
                  new ProductCode("762x39-BALL-SC"),
                  70_000L,
                  DAY.plusHours(6),
                  DAY.plusHours(14).plusSeconds(30),
                  false),
              new Job(
                  null,
                  new OrderId("SO-2"),
                  new LineId("L2"),
                  new ProductCode("762x39-TRACER"),
                  500L,
                  DAY,
                  DAY.plusHours(1),
                  true)),
          List.of(
              new ChangeoverSlot(
                  new LineId("L1"),
                  DAY.plusHours(5).plusMinutes(30),
                  DAY.plusHours(6),
                  new ProductCode("762x39-TRACER"),
                  new ProductCode("762x39-BALL-SC"),
                  30)),
          List.of(
              new Late(
                  new OrderId("SO-3"),
                  2,
                  LocalDate.parse("2027-03-02"),
                  DAY.plusDays(2),
                  24.0,
                  null,
                  "no capable line")));

  @Test
  void acceptedScheduleWritesTheBytesOfItsFormerMapsAndReadsBackEqual() {
    assertThat(EventRoundTrip.json(ACCEPTED))
        .isEqualTo(
            "{\"changeovers\":[{\"end\":\"2027-03-01T06:00\",\"from\":\"762x39-TRACER\","
                + "\"line\":\"L1\",\"minutes\":30,\"start\":\"2027-03-01T05:30\","
                + "\"to\":\"762x39-BALL-SC\"}],"
                + "\"from\":\"2027-03-01\","
                + "\"jobs\":[{\"end\":\"2027-03-01T14:00:30\",\"line\":\"L1\",\"order\":\"SO-1\","
                + "\"pinned\":false,\"product\":\"762x39-BALL-SC\",\"quantity\":70000,"
                + "\"start\":\"2027-03-01T06:00\",\"workOrder\":\"SCH-1-1\"},"
                + "{\"end\":\"2027-03-01T01:00\",\"line\":\"L2\",\"order\":\"SO-2\",\"pinned\":true,"
                + "\"product\":\"762x39-TRACER\",\"quantity\":500,\"start\":\"2027-03-01T00:00\","
                + "\"workOrder\":null}],"
                + "\"jobsCount\":2,"
                + "\"lateOrders\":[{\"due\":\"2027-03-02\",\"explanation\":\"no capable line\","
                + "\"finishes\":\"2027-03-03T00:00\",\"hoursLate\":24,\"line\":null,"
                + "\"order\":\"SO-3\",\"priority\":2}],"
                + "\"metrics\":{\"changeoverHours\":3,\"lateOrders\":1,"
                + "\"lowerBound\":{\"makespan\":\"2027-03-01T10:00\",\"tardinessHours\":0.25},"
                + "\"makespan\":\"2027-03-01T14:00\",\"tardinessHours\":12.5},"
                + "\"schedule\":\"SCH-1\"}");
    assertThat(EventRoundTrip.readBack(ACCEPTED)).isEqualTo(ACCEPTED);
  }
}
