package io.tally.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void aWholeNumberInRangeIsRead() {
    assertThat(Quantity.whole("good", new BigDecimal("4375"), 0, 100_000)).isEqualTo(4375L);
    assertThat(Quantity.whole("good", new BigDecimal("4375.000"), 0, 100_000)).isEqualTo(4375L);
    assertThat(Quantity.whole("good", "1_000", 0, 100_000)).isEqualTo(1000L);
    assertThat(Quantity.whole("good", (BigDecimal) null, 0, 1)).isNull();
    assertThat(Quantity.whole("good", " ", 0, 1)).isNull();
  }

  @Test
  void aFractionIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Quantity.whole("scrap", new BigDecimal("2.5"), 0, 10))
        .isInstanceOfSatisfying(
            CommandRejected.class,
            e -> {
              assertThat(e.field()).isEqualTo("scrap");
              assertThat(e.kind()).isEqualTo(CommandRejected.Kind.INVALID);
              assertThat(e.getMessage()).contains("whole number");
            });
  }

  @Test
  void aHugeMagnitudeIsRefusedWithoutExpandingItAndTheEchoIsShort() {
    BigDecimal huge = new BigDecimal("1e10000000");
    assertThatThrownBy(() -> Quantity.whole("good", huge, 0, 10))
        .isInstanceOf(CommandRejected.class)
        .hasMessageContaining("good must be 0 to 10");
    String longText = "9".repeat(5000);
    assertThatThrownBy(() -> Quantity.whole("good", longText, 0, 10))
        .isInstanceOf(CommandRejected.class)
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(120));
    assertThatThrownBy(() -> Quantity.whole("good", "12 rounds", 0, 10))
        .isInstanceOf(CommandRejected.class)
        .hasMessageContaining("good must be a whole number");
  }

  @Test
  void outOfRangeAndSignsAreRefused() {
    assertThatThrownBy(() -> Quantity.whole("good", new BigDecimal("-1"), 0, 10))
        .isInstanceOf(CommandRejected.class);
    assertThatThrownBy(() -> Quantity.whole("good", new BigDecimal("11"), 0, 10))
        .isInstanceOf(CommandRejected.class);
    assertThatThrownBy(() -> Quantity.positive("quantity", 0L)).isInstanceOf(CommandRejected.class);
    assertThatThrownBy(() -> Quantity.positive("quantity", null))
        .isInstanceOf(CommandRejected.class);
    assertThatThrownBy(() -> Quantity.positive("quantity", Quantity.MAX + 1))
        .isInstanceOf(CommandRejected.class);
    assertThat(Quantity.positive("quantity", Quantity.MAX)).isEqualTo(Quantity.MAX);
  }

  @Test
  void aQuantityIsNeverNegativeNorAboveTheBound() {
    assertThat(Quantity.of(7).plus(Quantity.of(3))).isEqualTo(Quantity.of(10));
    assertThat(Quantity.of(7).minus(Quantity.of(7)).isZero()).isTrue();
    assertThatThrownBy(() -> Quantity.of(3).minus(Quantity.of(4)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.of(Quantity.MAX).plus(Quantity.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Quantity.of(2)).isLessThan(Quantity.of(3));
  }
}
