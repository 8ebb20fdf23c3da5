package io.tally.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.orders.model.Order;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.CustomerId;
import io.tally.plant.model.PlantFileReader;
import io.tally.plant.model.ProductCode;
import io.tally.scheduling.solver.PlanRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class SolveTest {
  @Test
  void aFailedSolveReportsFailedInsteadOfFailingItsStatus() throws Exception {
    Order order =
        new Order(
            new OrderId("F-1"),
            new CustomerId("ARMY"),
            new ProductCode("762x39-BALL-SC"),
            1000,
            LocalDate.of(2027, 3, 1),
            1);
    // A first day at the end of time makes the planner's timeline overflow: the solve fails.
    PlanRequest request =
        new PlanRequest(
            PlantFileReader.readDefault(),
            List.of(order),
            LocalDate.MAX,
            Duration.ofSeconds(1),
            List.of(),
            PlanRequest.Engine.LOCAL_SEARCH,
            1);
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      Solve solve = Solve.start(request, 1, Clock.systemUTC(), worker);
      solve.await(Duration.ofSeconds(20));

      SolveStatus status = solve.status();

      assertThat(status.state()).isEqualTo(SolveState.FAILED);
      assertThat(status.error()).isNotBlank();
      assertThat(status.jobs()).isZero();
    } finally {
      worker.shutdownNow();
    }
  }
}
