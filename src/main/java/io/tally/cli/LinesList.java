package io.tally.cli;

import io.tally.plant.Lines;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists lines with their live state and the moves open to them. */
@Command(name = "list", description = "List lines and their states.")
class LinesList implements Callable<Integer> {
  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (var ctx = SpringLauncher.data()) {
      var lines = ctx.getBean(Lines.class).all();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(lines));
        return 0;
      }
      out.printf("%-5s %-6s %-18s %-30s %s%n", "Line", "Stage", "State", "May move to", "Acts");
      for (var l : lines) {
        out.printf(
            "%-5s %-6s %-18s %-30s %s%n",
            l.id(),
            l.stage(),
            l.state(),
            String.join(",", l.allowedMoves()),
            String.join(",", l.acts()));
      }
      return 0;
    }
  }
}
