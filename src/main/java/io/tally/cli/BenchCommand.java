package io.tally.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Benchmark commands: measured runs, never unit tests. */
@Command(
    name = "bench",
    description = "Benchmarks and benchmark data.",
    subcommands = {BenchScheduleCommand.class, BenchOrdersCommand.class})
class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
