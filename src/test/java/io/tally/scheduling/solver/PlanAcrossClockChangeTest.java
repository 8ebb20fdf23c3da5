package io.tally.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.orders.model.Order;
import io.tally.orders.model.OrderId;
import io.tally.plant.model.CustomerId;
import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import io.tally.plant.model.ProductCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheduler measures work in elapsed time in the site's zone: a night shift across the autumn
 * change holds 9 hours of work, across the spring change 7.
 */
class PlanAcrossClockChangeTest {
  private static final ProductCode BLANK = new ProductCode("762x39-BLANK");

  /** The reference plant in Madrid, its lines working only a 22:00-06:00 shift, every day. */
  static Plant nightsInMadrid() {
    try (InputStream in =
        PlantFileReader.class.getResourceAsStream(PlantFileReader.DEFAULT_RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      text =
          text.replace("timeZone: America/Caracas", "timeZone: Europe/Madrid")
              .replace(
                  "      - { name: A, start: \"06:00\", end: \"14:00\" }\n"
                      + "      - { name: B, start: \"14:00\", end: \"22:00\" }\n",
                  "      - { name: N, start: \"22:00\", end: \"06:00\" }\n")
              .replace(
                  "workingDays: [MON, TUE, WED, THU, FRI]",
                  "workingDays: [MON, TUE, WED, THU, FRI, SAT, SUN]");
      return PlantFileReader.parse("nights.yaml", text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ScheduledJob onlyJob(LocalDate from) {
    // One lot of 50,000 blanks at 4,375/h: 686 minutes of work, more than one night holds.
    Order o =
        new Order(new OrderId("O-1"), new CustomerId("ARMY"), BLANK, 50_000, from.plusDays(20), 3);
    PlanResult r =
        Planner.plan(
            new PlanRequest(
                nightsInMadrid(),
                List.of(o),
                from,
                Duration.ofMillis(200),
                List.of(),
                PlanRequest.Engine.LOCAL_SEARCH,
                1),
            new SearchControl<>());
    assertThat(r.plan().jobs()).hasSize(1);
    return r.plan().jobs().get(0);
  }

  @Test
  void theAutumnNightHoldsNineHoursOfWork() {
    ScheduledJob j = onlyJob(LocalDate.of(2026, 10, 24));
    assertThat(j.start()).isEqualTo(LocalDateTime.of(2026, 10, 24, 22, 0));
    // 540 min the first night (9 h pass), the other 146 min from 22:00 the next night.
    assertThat(j.end()).isEqualTo(LocalDateTime.of(2026, 10, 26, 0, 26));
  }

  @Test
  void theSpringNightHoldsSevenHoursOfWork() {
    ScheduledJob j = onlyJob(LocalDate.of(2026, 3, 28));
    assertThat(j.start()).isEqualTo(LocalDateTime.of(2026, 3, 28, 22, 0));
    // 420 min the first night (7 h pass), the other 266 min from 22:00 the next night.
    assertThat(j.end()).isEqualTo(LocalDateTime.of(2026, 3, 30, 2, 26));
  }
}
