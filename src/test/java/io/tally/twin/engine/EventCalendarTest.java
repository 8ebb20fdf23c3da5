package io.tally.twin.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCalendarTest {
  @Test
  void firesByTimeThenPriorityThenSchedulingOrder() {
    EventCalendar cal = new EventCalendar(2);
    cal.schedule(5, 1, 10, 0);
    cal.schedule(5, 0, 11, 0);
    cal.schedule(2, 9, 12, 0);
    cal.schedule(5, 1, 13, 0);
    cal.schedule(7, 0, 14, 0);
    List<Integer> fired = new ArrayList<>();
    while (cal.next()) {
      fired.add(cal.type());
    }
    assertThat(fired).containsExactly(12, 11, 10, 13, 14);
    assertThat(cal.now()).isEqualTo(7.0);
  }

  @Test
  void keepsHeapOrderOverManyRandomEvents() {
    EventCalendar cal = new EventCalendar(4);
    Mrg32k3a rng = Mrg32k3a.of(Mrg32k3a.seedOf(7));
    for (int i = 0; i < 1000; i++) {
      cal.schedule(rng.nextDouble() * 100, 0, 0, i);
    }
    double last = 0;
    int count = 0;
    while (cal.next()) {
      assertThat(cal.now()).isGreaterThanOrEqualTo(last);
      last = cal.now();
      if (count++ < 5000) {
        cal.scheduleIn(rng.nextDouble() * 100, 0, 0, cal.entity());
      }
    }
    assertThat(count).isEqualTo(6000);
  }

  @Test
  void reportsTheSequenceNumberSoStaleEventsCanBeRecognised() {
    EventCalendar cal = new EventCalendar(4);
    long first = cal.schedule(1, 0, 0, 3);
    long second = cal.schedule(1, 0, 0, 3);
    cal.next();
    assertThat(cal.sequence()).isEqualTo(first);
    cal.next();
    assertThat(cal.sequence()).isEqualTo(second);
    assertThat(cal.next()).isFalse();
  }

  @Test
  void refusesAnEventInThePast() {
    EventCalendar cal = new EventCalendar(4);
    cal.schedule(3, 0, 0, 0);
    cal.next();
    assertThatThrownBy(() -> cal.schedule(2, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before now");
  }
}
