package io.tally.machines;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.machines.MachineAction.BookCounters;
import io.tally.machines.MachineAction.EndStop;
import io.tally.machines.MachineAction.StartStop;
import io.tally.plant.model.LineId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a line's counters are booked and when its states are stops, without any transport. */
class MachineLineTest {
  static final LineId L1 = new LineId("L1");
  static final Instant T0 = Instant.parse("2027-03-01T06:00:00Z");
  final MachineLine line = new MachineLine(Machines.sparkplug("L1"));

  static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  List<MachineAction> counters(long seconds, long processed, long defective) {
    return line.accept(MachineSample.counters(L1, at(seconds), processed, defective));
  }

  List<MachineAction> state(long seconds, String code, String reason) {
    return line.accept(MachineSample.state(L1, at(seconds), code, reason));
  }

  @Test
  void booksTheFirstValuesThenOncePerIntervalWhileTheyMove() {
    assertThat(counters(0, 1000, 10)).containsExactly(new BookCounters(1000, 10, 0, 0));
    assertThat(counters(20, 1070, 10)).isEmpty();
    assertThat(counters(59, 1200, 11)).isEmpty();
    assertThat(counters(60, 1210, 11)).containsExactly(new BookCounters(1210, 11, 0, 0));
    assertThat(line.tick(at(120))).isEmpty();
    assertThat(counters(150, 1300, 11)).isEmpty();
    assertThat(line.tick(at(181))).containsExactly(new BookCounters(1300, 11, 0, 0));
  }

  @Test
  void booksAtEveryStateChangeBeforeTheStopStarts() {
    counters(0, 1000, 0);
    state(1, Machines.EXECUTE, null);
    counters(10, 1040, 0);
    assertThat(state(12, Machines.STOPPED, "101")).containsExactly(new BookCounters(1040, 0, 0, 0));
    assertThat(line.tick(at(41))).isEmpty();
    assertThat(line.tick(at(42))).containsExactly(new StartStop("JAM", at(12)));
    assertThat(state(100, Machines.EXECUTE, null)).containsExactly(new EndStop(at(12), at(100)));
  }

  @Test
  void sumsStopsShorterThanTheThresholdIntoTheNextBooking() {
    counters(0, 1000, 0);
    state(1, Machines.EXECUTE, null);
    state(10, Machines.STOPPED, null);
    state(20, Machines.EXECUTE, null);
    state(30, Machines.STOPPED, null);
    assertThat(state(35, Machines.EXECUTE, null)).isEmpty();
    counters(50, 1100, 0);
    assertThat(line.tick(at(61))).containsExactly(new BookCounters(1100, 0, 2, 15));
    assertThat(line.microStops()).isZero();
  }

  @Test
  void aStopWithoutAMappedReasonTakesTheDefaultAndAChangeoverItsOwn() {
    counters(0, 1000, 0);
    state(1, Machines.STOPPED, "999");
    assertThat(line.tick(at(31))).containsExactly(new StartStop("BRK", at(1)));
    assertThat(state(40, Machines.HELD, null)).containsExactly(new EndStop(at(1), at(40)));
    assertThat(line.tick(at(70))).containsExactly(new StartStop("CHG", at(40)));
  }

  @Test
  void anUnmappedStateCodeIsNeitherProductionNorStop() {
    counters(0, 1000, 0);
    assertThat(state(5, "99", null)).isEmpty();
    assertThat(line.state()).isEmpty();
    assertThat(line.tick(at(3600))).isEmpty();
  }

  @Test
  void aFailedBookingIsTriedAgainAtTheNextInterval() {
    counters(0, 1000, 0);
    line.rebook();
    assertThat(line.tick(at(60))).containsExactly(new BookCounters(1000, 0, 0, 0));
  }
}
