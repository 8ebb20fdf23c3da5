package io.tally.cli;

import io.tally.orders.model.OrderCsv;
import io.tally.scheduling.solver.OrderGenerator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints a reproducible year of synthetic orders for the plant as CSV, for plan benchmarks. */
@Command(name = "orders", description = "Generate a year of synthetic orders (CSV) for the plant.")
class BenchOrdersCommand implements Callable<Integer> {
  @Mixin PlantOption plant;

  @Option(names = "--count", defaultValue = "1000", description = "Number of orders.")
  int count;

  @Option(names = "--year", defaultValue = "2027", description = "Year the orders fall due in.")
  int year;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed.")
  long seed;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (count <= 0) {
      throw new UserInputException("--count must be positive, was " + count);
    }
    spec.commandLine()
        .getOut()
        .print(OrderCsv.write(OrderGenerator.year(plant.load(), count, year, seed)));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
