package io.tally.twin.model;

import io.tally.plant.model.Plant;
import io.tally.plant.model.PlantFileReader;
import io.tally.twin.engine.MonteCarlo;
import io.tally.twin.engine.Mrg32k3a;
import io.tally.twin.engine.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Small plants written as plant files, and the settings the validation tests run with. */
final class TwinFixtures {
  /** 1 January 2029 is a Monday, as the reference's standard year. */
  static final LocalDate MONDAY = LocalDate.of(2029, 1, 1);

  static final String ROUND_THE_CLOCK =
      String.join(
          "\n",
          "    shifts:",
          "      - { name: DAY, start: \"00:00\", end: \"12:00\" }",
          "      - { name: NIGHT, start: \"12:00\", end: \"00:00\" }",
          "    workingDays: [MON, TUE, WED, THU, FRI, SAT, SUN]",
          "    standardYear: { workingDays: 365 }",
          "");

  private TwinFixtures() {}

  static Plant anchor() {
    try {
      return PlantFileReader.parse(
          "anchor-plant.yaml", Files.readString(Path.of("bench/anchor-plant.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The anchor plant with its calendar replaced. */
  static Plant anchorOn(String calendar) {
    try {
      String text = Files.readString(Path.of("bench/anchor-plant.yaml"));
      int from = text.indexOf("    shifts:");
      int to = text.indexOf("\nstages:");
      return PlantFileReader.parse(
          "anchor-plant.yaml", text.substring(0, from) + calendar + text.substring(to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Identical one-product lines on a calendar, with a repair crew (0: one per line). */
  static Plant lines(int count, String calendar, double mtbf, double mttr, int crew) {
    StringBuilder s = new StringBuilder();
    s.append("format: 1\n")
        .append("site: { id: T, name: Test, manufacturerSymbol: TST, repairCrew: ")
        .append(crew)
        .append(" }\n")
        .append("calendars:\n  - id: CAL\n")
        .append(calendar)
        .append("stages:\n  - { id: S1, name: One }\n")
        .append("products:\n  - code: P\n    name: P\n    family: F\n    unit: part\n")
        .append("    lotSize: 1000\n")
        .append("    quality: { inspectionLevel: II, classes: [] }\n")
        .append("    lotRule: { maxQuantity: 1000, maxHours: 24 }\n")
        .append("lines:\n");
    for (int i = 1; i <= count; i++) {
      s.append("  - id: L")
          .append(i)
          .append("\n    name: L")
          .append(i)
          .append("\n    stage: S1\n    state: operating\n    calendar: CAL\n")
          .append("    capabilities: [{ product: P, ratedPerHour: 100 }]\n")
          .append("    reliability: { mtbfHours: ")
          .append(mtbf)
          .append(", mttrHours: ")
          .append(mttr)
          .append(" }\n");
    }
    s.append(
        "acceptanceActs:\n  - { id: A, covers: { stage: S1 }, signedBy: X, signedOn: 2026-01-01,"
            + " warrantyMonths: 12, documentSha256: "
            + "0000000000000000000000000000000000000000000000000000000000000000 }\n");
    return PlantFileReader.parse("test.yaml", s.toString());
  }

  /** Replications of a plant as it is, one year from a Monday, seed 12345. */
  static List<ReplicationResult> replicate(Plant plant, int replications, int threads) {
    TwinPlant compiled = TwinPlant.compile(plant, Scenario.BASELINE, MONDAY, 1);
    long[] seed = Mrg32k3a.seedOf(12345);
    return MonteCarlo.run(replications, threads, () -> new PlantRun(compiled, seed, 0), d -> {});
  }

  /** One value per replication. */
  static Summary per(List<ReplicationResult> results, ToDoubleFunction<ReplicationResult> f) {
    return Summary.of(results.stream().mapToDouble(f).toArray());
  }

  static double hours(ReplicationResult r, int line, TimeState state) {
    return r.hours()[line][state.ordinal()];
  }

  static Settings settings(int replications, int threads) {
    return new Settings(MONDAY, 1, replications, 12345, threads, 0, null);
  }
}
