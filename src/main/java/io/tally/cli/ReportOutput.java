package io.tally.cli;

import java.io.PrintWriter;
import java.util.function.BiConsumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --json} option of a command that prints a report, and the printing itself: the report
 * as JSON, or as the command's text. A command takes it as a {@code @Mixin}.
 */
final class ReportOutput {
  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Prints the report as JSON with {@code --json}, else as {@code text} writes it. */
  <T> void print(T report, BiConsumer<PrintWriter, T> text) {
    if (json) {
      out().println(Json.write(report));
    } else {
      text.accept(out(), report);
    }
  }
}
