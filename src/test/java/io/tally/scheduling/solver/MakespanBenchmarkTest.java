package io.tally.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakespanBenchmarkTest {
  @TempDir Path dir;

  private static final String TINY =
      "3 2 1\n2\n\t0\t5\t1\t9\n\t0\t4\t1\t2\n\t0\t7\t1\t3\nSSD\n"
          + "M0\n0\t1\t2\n3\t0\t4\n5\t6\t0\n"
          + "M1\n0\t7\t8\n9\t0\t1\n2\t3\t0\n";

  private VrInstance write(String name, String text) throws IOException {
    Path f = dir.resolve(name + ".txt");
    Files.writeString(f, text);
    return VrInstanceReader.read(f);
  }

  @Test
  void readerTakesTimesAndSetupMatricesByMachine() throws IOException {
    VrInstance in = write("tiny", TINY);
    assertThat(in.name()).isEqualTo("tiny");
    assertThat(in.jobs()).isEqualTo(3);
    assertThat(in.machines()).isEqualTo(2);
    assertThat(in.processing(2, 1)).isEqualTo(3);
    assertThat(in.setup(1, 1, 2)).isEqualTo(1);
    assertThat(in.setup(0, 2, 0)).isEqualTo(5);
  }

  @Test
  void evaluatorAddsSetupsBetweenJobsButNoneBeforeTheFirst() throws IOException {
    VrInstance in = write("tiny", TINY);
    // M0: job 0 (5), then setup 0->2 (2) and job 2 (7) = 14; M1: job 1 alone (2).
    assertThat(MakespanEvaluator.makespan(in, List.of(List.of(0, 2), List.of(1)))).isEqualTo(14);
    // M0: job 2 (7); M1: job 1 (2), setup 1->0 (9), job 0 (9) = 20.
    assertThat(MakespanEvaluator.makespan(in, List.of(List.of(2), List.of(1, 0)))).isEqualTo(20);
  }

  @Test
  void evaluatorRefusesAJobTwiceOrMissing() throws IOException {
    VrInstance in = write("tiny", TINY);
    assertThatThrownBy(() -> MakespanEvaluator.makespan(in, List.of(List.of(0, 0), List.of(1))))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> MakespanEvaluator.makespan(in, List.of(List.of(0), List.of(1))))
        .hasMessageContaining("1 jobs are on no machine");
  }

  @Test
  void badInstanceNamesFileAndLine() throws IOException {
    String broken = TINY.replace("\t0\t4\t1\t2", "\t0\tx\t1\t2");
    assertThatThrownBy(() -> write("broken", broken))
        .isInstanceOf(InstanceFormatException.class)
        .hasMessageContaining("broken.txt:4:")
        .hasMessageContaining("'x' is not a whole number");
    assertThatThrownBy(() -> write("short", TINY.substring(0, TINY.indexOf("M1"))))
        .hasMessageContaining("short.txt:")
        .hasMessageContaining("M1");
  }

  @Test
  void solverFindsTheOptimumOfTheTinyInstance() throws IOException {
    VrInstance in = write("tiny", TINY);
    // Optimum by enumeration: M0 {0} = 5, M1 {1, 2} = 2 + 1 + 3 = 6.
    MakespanResult r = MakespanSolver.solve(in, Duration.ofMillis(200), 7);
    assertThat(r.makespan()).isEqualTo(6);
    assertThat(MakespanEvaluator.makespan(in, r.sequences())).isEqualTo(6);
  }

  @Test
  void solverMakespanIsWhatTheEvaluatorComputesAndNotBelowTheLowerBound() throws IOException {
    VrInstance in = write("gen", VrInstances.random(20, 3, 49, 11));
    MakespanResult r = MakespanSolver.solve(in, Duration.ofMillis(300), 1);
    assertThat(MakespanEvaluator.makespan(in, r.sequences())).isEqualTo(r.makespan());
    assertThat(r.makespan()).isGreaterThanOrEqualTo(MakespanLowerBound.of(in));
    int greedy =
        MakespanEvaluator.makespan(
            in,
            java.util.Arrays.stream(Construction.greedyInsertion(MakespanProblem.of(in)))
                .map(a -> java.util.Arrays.stream(a).boxed().toList())
                .toList());
    assertThat(r.makespan()).isLessThanOrEqualTo(greedy);
  }
}
