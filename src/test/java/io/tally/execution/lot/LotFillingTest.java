package io.tally.execution.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tally.execution.lot.LotFilling.Book;
import io.tally.execution.lot.LotFilling.Close;
import io.tally.execution.lot.LotFilling.Open;
import io.tally.execution.lot.LotFilling.OpenLot;
import io.tally.plant.model.Product.LotRule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LotFillingTest {
  static final LotRule RULE = new LotRule(1000, 24);
  static final Instant OPENED = Instant.parse("2027-03-01T06:00:00Z");
  static final Instant LATER = OPENED.plusSeconds(3600);

  @Test
  void aReportUnderTheQuantityIsBookedIntoTheOpenLot() {
    assertThat(LotFilling.book(RULE, new OpenLot(OPENED, 200), LATER, 300, 7))
        .containsExactly(new Book(300, 7));
  }

  @Test
  void reachingTheQuantityExactlyClosesTheLotWithoutOpeningAnEmptyOne() {
    assertThat(LotFilling.book(RULE, new OpenLot(OPENED, 900), LATER, 100, 0))
        .containsExactly(new Book(100, 0), new Close(CloseRule.QUANTITY));
  }

  @Test
  void aReportPastTheQuantityIsSplitAndTheRestOpensTheNextLot() {
    assertThat(LotFilling.book(RULE, new OpenLot(OPENED, 900), LATER, 1350, 5))
        .containsExactly(
            new Book(100, 5),
            new Close(CloseRule.QUANTITY),
            new Open(),
            new Book(1000, 0),
            new Close(CloseRule.QUANTITY),
            new Open(),
            new Book(250, 0));
  }

  @Test
  void aLotPastItsHoursClosesBeforeTheReportIsBooked() {
    Instant dayLater = OPENED.plusSeconds(24 * 3600);
    assertThat(LotFilling.book(RULE, new OpenLot(OPENED, 10), dayLater, 40, 1))
        .containsExactly(new Close(CloseRule.TIME), new Open(), new Book(40, 1));
  }

  @Test
  void aLotJustInsideItsHoursTakesTheReport() {
    Instant justBefore = OPENED.plusSeconds(24 * 3600 - 1);
    assertThat(LotFilling.book(RULE, new OpenLot(OPENED, 10), justBefore, 40, 0))
        .containsExactly(new Book(40, 0));
  }

  @Test
  void aRunWithoutAnOpenLotOpensOneForScrapAlone() {
    assertThat(LotFilling.book(RULE, null, LATER, 0, 3))
        .containsExactly(new Open(), new Book(0, 3));
  }

  @Test
  void aLotAlreadyOverALoweredQuantityClosesFirst() {
    assertThat(LotFilling.book(RULE, new OpenLot(OPENED, 1200), LATER, 5, 0))
        .containsExactly(new Close(CloseRule.QUANTITY), new Open(), new Book(5, 0));
  }

  @Test
  void refusesAnEmptyOrNegativeReport() {
    assertThatThrownBy(() -> LotFilling.book(RULE, null, LATER, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LotFilling.book(RULE, null, LATER, -1, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
