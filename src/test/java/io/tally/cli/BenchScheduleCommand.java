package io.tally.cli;

import io.tally.scheduling.solver.InstanceFormatException;
import io.tally.scheduling.solver.MakespanEvaluator;
import io.tally.scheduling.solver.MakespanLowerBound;
import io.tally.scheduling.solver.MakespanResult;
import io.tally.scheduling.solver.MakespanSolver;
import io.tally.scheduling.solver.VrInstance;
import io.tally.scheduling.solver.VrInstanceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the scheduler on R|S_ijk|Cmax instances (Vallada and Ruiz 2011 format) and reports each
 * makespan, recomputed by the separate evaluator, and its gap to the best known.
 */
@Command(name = "schedule", description = "Benchmark the scheduler on R|S_ijk|Cmax instances.")
class BenchScheduleCommand implements Callable<Integer> {
  @Option(
      names = "--instances",
      required = true,
      paramLabel = "DIR",
      description = "Folder (or one file) of instances (*.txt).")
  Path instances;

  @Option(
      names = "--time-limit",
      defaultValue = "30s",
      description = "Time per instance (30s, 500ms, 2m).")
  String timeLimit;

  @Option(
      names = "--best-known",
      paramLabel = "CSV",
      description = "CSV 'instance,bks' of best-known makespans.")
  Path bestKnown;

  @Option(
      names = "--match",
      paramLabel = "REGEX",
      description = "Only instances whose name matches.")
  String match;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed of the search.")
  long seed;

  @Option(
      names = "--cpu-time",
      description = "Count the time limit in CPU time of the solver thread (shared machines).")
  boolean cpuTime;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Duration limit = DurationText.parse("--time-limit", timeLimit);
    Map<String, Integer> bks = bestKnown == null ? Map.of() : readBestKnown(bestKnown);
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> rows = new ArrayList<>();
    double gapSum = 0;
    int gapCount = 0;
    for (Path file : files()) {
      VrInstance instance;
      try {
        instance = VrInstanceReader.read(file);
      } catch (InstanceFormatException e) {
        throw new UserInputException(e.getMessage());
      }
      MakespanResult result = MakespanSolver.solve(instance, limit, seed, cpuTime);
      int checked = MakespanEvaluator.makespan(instance, result.sequences());
      if (checked != result.makespan()) {
        throw new IllegalStateException(
            instance.name() + ": solver says " + result.makespan() + ", evaluator " + checked);
      }
      Integer best = bks.get(instance.name());
      Double gap = best == null ? null : 100.0 * (checked - best) / best;
      if (gap != null) {
        gapSum += gap;
        gapCount++;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("instance", instance.name());
      row.put("makespan", checked);
      row.put("bks", best);
      row.put("gapPercent", gap == null ? null : Math.round(gap * 100) / 100.0);
      row.put("sequences", result.sequences());
      rows.add(row);
      if (!json) {
        out.printf(
            "%-24s n=%-4d m=%-3d makespan %6d  lower bound %6d  best known %6s  gap %-9s %,d moves%n",
            instance.name(),
            instance.jobs(),
            instance.machines(),
            checked,
            MakespanLowerBound.of(instance),
            best == null ? "-" : best,
            gap == null ? "-" : String.format("%.2f %%", gap),
            result.iterations());
        out.flush();
      }
    }
    if (json) {
      out.println(Json.write(Map.of("instances", rows)));
    } else if (gapCount > 0) {
      out.printf("mean gap over %d instances: %.2f %%%n", gapCount, gapSum / gapCount);
    }
    return 0;
  }

  private List<Path> files() {
    if (Files.isRegularFile(instances)) {
      return List.of(instances);
    }
    if (!Files.isDirectory(instances)) {
      throw new UserInputException("--instances: " + instances + " is not a file or folder");
    }
    try (Stream<Path> s = Files.list(instances)) {
      List<Path> files =
          s.filter(f -> f.getFileName().toString().endsWith(".txt"))
              .filter(f -> match == null || f.getFileName().toString().matches(match + ".*"))
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new UserInputException("--instances: no *.txt instances in " + instances);
      }
      return files;
    } catch (IOException e) {
      throw new UserInputException("--instances: cannot list " + instances + ": " + e.getMessage());
    }
  }

  private static Map<String, Integer> readBestKnown(Path csv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv);
    } catch (IOException e) {
      throw new UserInputException("--best-known: cannot read " + csv + ": " + e.getMessage());
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).trim();
      if (l.isEmpty() || (i == 0 && l.startsWith("instance"))) {
        continue;
      }
      String[] parts = l.split(",");
      try {
        if (parts.length != 2) {
          throw new NumberFormatException();
        }
        out.put(parts[0].trim().replaceFirst("\\.txt$", ""), Integer.parseInt(parts[1].trim()));
      } catch (NumberFormatException e) {
        throw new UserInputException(
            csv + ":" + (i + 1) + ": expected 'instance,bks' with a whole number");
      }
    }
    return out;
  }
}
