package io.tally.machines;

import io.tally.plant.model.MachineSource;
import io.tally.plant.model.MachineSource.MachineState;
import io.tally.plant.model.MachineSource.StateMapping;
import io.tally.plant.model.MachineSource.Tag;
import java.time.Duration;
import java.util.Map;

/** Machine sources for tests: PackML state codes, the reference plant's reason codes. */
final class Machines {
  static final String EXECUTE = "6";
  static final String STOPPED = "2";
  static final String HELD = "11";
  static final String IDLE = "4";

  private Machines() {}

  static MachineSource sparkplug(
      String edgeNode, Duration interval, long limit, Duration microStop) {
    return new MachineSource(
        MachineSource.Kind.SPARKPLUG,
        "tcp://127.0.0.1:1883",
        null,
        null,
        new MachineSource.SparkplugDevice("TEST", edgeNode, null),
        Map.of(
            Tag.PROCESSED, "Admin.ProdProcessedCount",
            Tag.DEFECTIVE, "Admin.ProdDefectiveCount",
            Tag.STATE, "Status.StateCurrent",
            Tag.STOP_REASON, "Admin.StopReason.ID"),
        Map.of(
            EXECUTE, new StateMapping(MachineState.PRODUCING, null),
            STOPPED, new StateMapping(MachineState.STOPPED, null),
            HELD, new StateMapping(MachineState.CHANGEOVER, "CHG"),
            IDLE, new StateMapping(MachineState.IDLE, null)),
        Map.of("101", "JAM"),
        "BRK",
        interval,
        limit,
        microStop,
        MachineSource.RunPolicy.PERSON);
  }

  static MachineSource sparkplug(String edgeNode) {
    return sparkplug(edgeNode, Duration.ofSeconds(60), 100_000, Duration.ofSeconds(30));
  }
}
