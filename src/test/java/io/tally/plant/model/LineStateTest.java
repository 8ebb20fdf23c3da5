package io.tally.plant.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineStateTest {
  @Test
  void aLineMovesForwardThroughItsLifecycle() {
    assertThat(LineState.PLANNED.canMoveTo(LineState.INSTALLED)).isTrue();
    assertThat(LineState.INSTALLED.canMoveTo(LineState.COMMISSIONING)).isTrue();
    assertThat(LineState.COMMISSIONING.canMoveTo(LineState.ACCEPTED)).isTrue();
    assertThat(LineState.ACCEPTED.canMoveTo(LineState.OPERATING)).isTrue();
    assertThat(LineState.OPERATING.canMoveTo(LineState.UNDER_MAINTENANCE)).isTrue();
    assertThat(LineState.UNDER_MAINTENANCE.canMoveTo(LineState.OPERATING)).isTrue();
  }

  @Test
  void illegalMovesAreRefused() {
    assertThat(LineState.PLANNED.canMoveTo(LineState.OPERATING)).isFalse();
    assertThat(LineState.RETIRED.next()).isEmpty();
    assertThat(LineState.OPERATING.canMoveTo(LineState.COMMISSIONING)).isFalse();
  }

  @Test
  void onlyAcceptedAndOperatingLinesTakeWork() {
    for (LineState s : LineState.values()) {
      assertThat(s.takesWork()).isEqualTo(s == LineState.ACCEPTED || s == LineState.OPERATING);
    }
  }

  @Test
  void parsesThePlantFileSpelling() {
    assertThat(LineState.parse("under-maintenance")).isEqualTo(LineState.UNDER_MAINTENANCE);
    assertThatThrownBy(() -> LineState.parse("running")).hasMessageContaining("unknown line state");
  }
}
