package io.tally.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.orders.model.Order;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.CustomerId;
import io.tally.plant.model.LineId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import io.tally.plant.model.ProductCode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final Plant PLANT = PlantFileReader.readDefault();
  private static final ProductCode BALL = new ProductCode("762x39-BALL-SC");
  private static final ProductCode TRACER = new ProductCode("762x39-TRACER");
  private static final ProductCode BLANK = new ProductCode("762x39-BLANK");
  private static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);

  private static Order order(String id, ProductCode product, long qty, LocalDate due, int prio) {
    return new Order(new OrderId(id), new CustomerId("ARMY"), product, qty, due, prio);
  }

  private static PlanResult plan(List<Order> orders, List<PinnedJob> pinned) {
    return Planner.plan(
        new PlanRequest(
            PLANT,
            orders,
            MONDAY,
            Duration.ofMillis(300),
            pinned,
            PlanRequest.Engine.LOCAL_SEARCH,
            1),
        new SearchControl<>());
  }

  @Test
  void ordersSplitIntoLotsAndRunOnlyInShifts() {
    // 250,000 ball rounds, lot size 100,000: lots of 100k, 100k, 50k at 4,375/h.
    PlanResult r = plan(List.of(order("O-1", BALL, 250_000, MONDAY.plusDays(30), 3)), List.of());
    assertThat(r.plan().jobs())
        .extracting(ScheduledJob::quantity)
        .containsExactlyInAnyOrder(100_000L, 100_000L, 50_000L);
    for (ScheduledJob j : r.plan().jobs()) {
      assertThat(j.line().value()).isIn("L1", "L2");
      assertThat(j.start().toLocalTime())
          .isBetween(java.time.LocalTime.of(6, 0), java.time.LocalTime.of(21, 59));
    }
    // 100,000 / 4,375 h = 1,372 min: 06:00 + 16 h shift day + 412 min next day = 12:52 Tuesday.
    LocalDateTime firstLotEnd = MONDAY.atTime(6, 0).plusDays(1).plusMinutes(412);
    assertThat(r.plan().jobs()).extracting(ScheduledJob::end).contains(firstLotEnd);
  }

  @Test
  void changeoversAreGroupedAndCountedInWorkingTime() {
    List<Order> orders =
        List.of(
            order("T1", TRACER, 40_000, MONDAY.plusDays(40), 3),
            order("B1", BLANK, 40_000, MONDAY.plusDays(40), 3),
            order("T2", TRACER, 40_000, MONDAY.plusDays(40), 3),
            order("B2", BLANK, 40_000, MONDAY.plusDays(40), 3));
    PlanResult r = plan(orders, List.of());
    // Two lines, two products: each line makes one product, no changeover needed at all.
    assertThat(r.plan().metrics().changeoverHours()).isEqualTo(0.0);
    assertThat(r.plan().metrics().tardinessHours()).isEqualTo(0.0);
  }

  @Test
  void pinnedJobStaysFirstOnItsLine() {
    List<Order> orders =
        List.of(
            order("T1", TRACER, 40_000, MONDAY.plusDays(60), 5),
            order("U1", TRACER, 40_000, MONDAY.plusDays(2), 1));
    PlanResult r =
        plan(orders, List.of(new PinnedJob(new OrderId("T1"), new LineId("L4"), 40_000)));
    ScheduledJob pinned =
        r.plan().jobs().stream().filter(ScheduledJob::pinned).findFirst().orElseThrow();
    assertThat(pinned.line()).isEqualTo(new LineId("L4"));
    assertThat(pinned.start()).isEqualTo(MONDAY.atTime(6, 0));
  }

  @Test
  void unavoidableLatenessIsTheLowerBoundAndIsExplained() {
    // Due the day plan starts: 100,000 rounds need 1,372 working minutes, ending Tuesday 12:52,
    // 12 h 52 min after the end of Monday; priority 2 weighs 8.
    PlanResult r = plan(List.of(order("O-9", BALL, 100_000, MONDAY, 2)), List.of());
    assertThat(r.plan().metrics().lowerBound().tardinessHours())
        .isEqualTo(ScheduleMetrics.round(8 * 772 / 60.0));
    assertThat(r.plan().metrics().tardinessHours())
        .isEqualTo(ScheduleMetrics.round(8 * 772 / 60.0));
    LateOrder late = r.plan().lateOrders().get(0);
    assertThat(late.order().value()).isEqualTo("O-9");
    assertThat(late.explanation()).contains("the lateness is unavoidable");
  }

  @Test
  void demandBeyondTheLinesHoursBeforeTheDueDateBoundsTardiness() {
    // 40 orders of 5,000 rounds (69 min each) due Monday: 2,760 min of work against 2 x 960 min
    // of shifts; 840 min too many, spread over 2 lines: one ends 420 min late at weight 1.
    List<Order> orders =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> order("S" + i, BALL, 5_000, MONDAY, 5))
            .toList();
    PlanResult r = plan(orders, List.of());
    assertThat(r.plan().metrics().lowerBound().tardinessHours()).isEqualTo(7.0);
    assertThat(r.plan().metrics().tardinessHours()).isGreaterThanOrEqualTo(7.0);
  }

  @Test
  void aCallerCanReadTheBestSoFarAndStopTheSearchEarly() throws Exception {
    List<Order> orders = OrderGenerator.year(PLANT, 80, 2027, 2);
    SearchControl<Schedule> control = new SearchControl<>();
    PlanRequest request =
        new PlanRequest(
            PLANT,
            orders,
            LocalDate.of(2027, 1, 1),
            Duration.ofMinutes(10),
            List.of(),
            PlanRequest.Engine.LOCAL_SEARCH,
            1);
    var future =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> Planner.plan(request, control));
    while (control.bestSoFar() == null) {
      Thread.sleep(10);
    }
    control.requestStop();
    PlanResult result = future.get(60, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(result.plan()).isEqualTo(control.bestSoFar());
    assertThat(result.plan().jobs()).hasSizeGreaterThanOrEqualTo(orders.size());
  }

  @Test
  void planBeatsOrMatchesTheEarliestDueDateListSchedule() {
    List<Order> orders = OrderGenerator.year(PLANT, 120, 2027, 4);
    PlanResult r =
        Planner.plan(
            new PlanRequest(
                PLANT,
                orders,
                LocalDate.of(2027, 1, 1),
                Duration.ofMillis(800),
                List.of(),
                PlanRequest.Engine.LOCAL_SEARCH,
                1),
            new SearchControl<>());
    assertThat(r.plan().metrics().tardinessHours())
        .isLessThanOrEqualTo(r.baselineEdd().tardinessHours());
    assertThat(r.plan().metrics().tardinessHours())
        .isGreaterThanOrEqualTo(r.plan().metrics().lowerBound().tardinessHours());
  }
}
