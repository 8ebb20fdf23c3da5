package io.tally.execution.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MIL-STD-1168 lot numbers, with the vectors of accountability.md. */
class LotNumberTest {

  @Test
  void readsTheStandardsExampleIntoItsParts() {
    LotNumber n = LotNumber.parse("XYZ07D006-004");
    assertThat(n.symbol()).isEqualTo("XYZ");
    assertThat(n.year()).isEqualTo(7);
    assertThat(n.month()).isEqualTo('D');
    assertThat(n.interfix()).isEqualTo(6);
    assertThat(n.sequence()).isEqualTo(4);
    assertThat(n.suffix()).isEmpty();
    assertThat(n.toString()).isEqualTo("XYZ07D006-004").hasSize(13);
  }

  @Test
  void acceptsAReworkSuffix() {
    LotNumber n = LotNumber.parse("XYZ07D006-004A");
    assertThat(n.suffix()).isEqualTo("A");
    assertThat(n.toString()).hasSize(14);
    assertThat(LotNumber.parse("XYZ07D006-004").withSuffix("AB").toString())
        .isEqualTo("XYZ07D006-004AB");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "XYZ07I006-004",
        "XYZ07D006 004",
        "XYZ07D006-004ABCD",
        "XYZ07N006-004",
        "xyz07D006-004",
        "XYZ7D006-004",
        "XYZ07D006-04",
        "XYZ07D006004",
        ""
      })
  void refusesAnythingNotInTheBaseForm(String text) {
    assertThatThrownBy(() -> LotNumber.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MIL-STD-1168");
  }

  @Test
  void monthLettersSkipI() {
    assertThat(LotNumber.monthLetter(Month.JANUARY)).isEqualTo('A');
    assertThat(LotNumber.monthLetter(Month.AUGUST)).isEqualTo('H');
    assertThat(LotNumber.monthLetter(Month.SEPTEMBER)).isEqualTo('J');
    assertThat(LotNumber.monthLetter(Month.DECEMBER)).isEqualTo('M');
  }

  @Test
  void buildsFromAFullYearAndMonth() {
    assertThat(LotNumber.of("RCP", 2027, Month.MARCH, 1, 4).toString()).isEqualTo("RCP27C001-004");
  }

  @Test
  void aNumberOutOfRangeCannotExist() {
    assertThatThrownBy(() -> new LotNumber("RCP", 27, 'C', 1, 1000, ""))
        .hasMessageContaining("sequence");
    assertThatThrownBy(() -> new LotNumber("RCP", 27, 'I', 1, 1, "")).hasMessageContaining("month");
    assertThatThrownBy(() -> new LotNumber("RCP", 27, 'C', 0, 1, ""))
        .hasMessageContaining("interfix");
    assertThatThrownBy(() -> new LotNumber("RCP", 27, 'C', 1, 1, "ABC"))
        .hasMessageContaining("suffix");
  }
}
