package io.tally.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReworkSuffixTest {
  @Test
  void suffixesRunFromAToZThenAaToZz() {
    assertThat(ReworkSuffix.of(0)).isEqualTo("A");
    assertThat(ReworkSuffix.of(1)).isEqualTo("B");
    assertThat(ReworkSuffix.of(25)).isEqualTo("Z");
    assertThat(ReworkSuffix.of(26)).isEqualTo("AA");
    assertThat(ReworkSuffix.of(27)).isEqualTo("AB");
    assertThat(ReworkSuffix.of(52)).isEqualTo("BA");
    assertThat(ReworkSuffix.of(701)).isEqualTo("ZZ");
  }

  @Test
  void refusesAReworkBeyondZz() {
    assertThatThrownBy(() -> ReworkSuffix.of(702))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 702 times");
  }
}
