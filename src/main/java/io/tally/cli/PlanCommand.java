package io.tally.cli;

import io.tally.orders.model.OrderCsv;
import io.tally.orders.model.OrderFileException;
import io.tally.plant.model.Plant;
import io.tally.scheduling.solver.PlanRequest;
import io.tally.scheduling.solver.PlanResult;
import io.tally.scheduling.solver.Planner;
import io.tally.scheduling.solver.SearchControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A what-if plan of orders on the plant's lines: stores nothing and checks no authorisations.
 * Prints the plan's metrics beside a plain earliest-due-date list schedule.
 */
@Command(name = "plan", description = "Plan orders on the lines (what-if; stores nothing).")
class PlanCommand implements Callable<Integer> {
  @Mixin PlantOption plant;

  @Option(
      names = "--orders",
      required = true,
      paramLabel = "FILE",
      description = "Orders CSV: " + OrderCsv.HEADER)
  Path orders;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description =
          "First day of the plan (ISO date); the earliest due date's year start when absent.")
  String from;

  @Option(
      names = "--time-limit",
      defaultValue = "30s",
      description = "Search time (30s, 500ms, 2m).")
  String timeLimit;

  @Option(
      names = "--engine",
      defaultValue = "local-search",
      description = "local-search (default) or timefold.")
  String engine;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed of the search.")
  long seed;

  @Mixin ReportOutput output;

  @Override
  public Integer call() {
    Plant p = plant.load();
    List<String> lines;
    try {
      lines = Files.readAllLines(orders);
    } catch (IOException e) {
      throw new UserInputException("--orders: cannot read " + orders + ": " + e.getMessage());
    }
    List<io.tally.orders.model.Order> list;
    try {
      list = OrderCsv.read(orders.toString(), lines, p);
    } catch (OrderFileException e) {
      throw new UserInputException(e.getMessage());
    }
    if (list.isEmpty()) {
      throw new UserInputException(orders + ": no orders to plan");
    }
    LocalDate start = startDate(list);
    PlanRequest.Engine e =
        switch (engine) {
          case "local-search" -> PlanRequest.Engine.LOCAL_SEARCH;
          case "timefold" -> PlanRequest.Engine.TIMEFOLD;
          default ->
              throw new UserInputException(
                  "--engine: expected local-search or timefold, was '" + engine + "'");
        };
    PlanRequest request =
        new PlanRequest(
            p, list, start, DurationText.parse("--time-limit", timeLimit), List.of(), e, seed);
    quietSolverLog();
    PlanResult result = Planner.plan(request, new SearchControl<>());
    if (output.json) {
      output.out().println(Json.write(PlanJson.document(result)));
    } else {
      PlanText.print(output.out(), result, list.size(), start);
    }
    return 0;
  }

  /** Timefold logs each phase at INFO; the command's output is the plan, not the log. */
  private static void quietSolverLog() {
    if (org.slf4j.LoggerFactory.getLogger("ai.timefold")
        instanceof ch.qos.logback.classic.Logger logger) {
      logger.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  private LocalDate startDate(List<io.tally.orders.model.Order> list) {
    if (from == null) {
      LocalDate earliest = list.stream().map(o -> o.due()).min(LocalDate::compareTo).orElseThrow();
      return earliest.withDayOfYear(1);
    }
    try {
      return LocalDate.parse(from);
    } catch (DateTimeParseException ex) {
      throw new UserInputException("--from: '" + from + "' is not an ISO date (YYYY-MM-DD)");
    }
  }
}
