package io.tally.cli;

import io.tally.integration.isa95.B2mmlExport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports for other systems. */
@Command(
    name = "export",
    description = "Export records for other systems.",
    subcommands = {ExportCommand.B2mml.class})
class ExportCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** ISA-95 documents in B2MML V0600, written as they are read. */
  @Command(
      name = "b2mml",
      description =
          "Export B2MML V0600 (ISA-95): schedule = the accepted plan (ProductionSchedule),"
              + " performance = runs and lots with material produced and consumed"
              + " (ProductionPerformance), lots = finished lots with packaging units and"
              + " genealogy (MaterialInformation). Days in plant time, both included.")
  static class B2mml implements Callable<Integer> {
    @Option(
        names = "--what",
        required = true,
        paramLabel = "schedule|performance|lots",
        description = "What to export.")
    String what;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD")
    String to;

    @Option(
        names = "--to-file",
        paramLabel = "FILE",
        description = "Write to FILE instead of standard output.")
    Path file;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      B2mmlExport.What w;
      try {
        w = B2mmlExport.What.valueOf(what.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UserInputException(
            "--what: '" + what + "' is not one of schedule, performance, lots");
      }
      LocalDate f = day("--from", from);
      LocalDate t = day("--to", to);
      if (t.isBefore(f) || f.plusYears(5).isBefore(t)) {
        throw new UserInputException("--to: must be from --from to 5 years after it");
      }
      if (file != null && file.getParent() != null && !Files.isDirectory(file.getParent())) {
        throw new UserInputException("--to-file: " + file.getParent() + ": no such folder");
      }
      try (var ctx = SpringLauncher.data()) {
        B2mmlExport export = ctx.getBean(B2mmlExport.class);
        if (file == null) {
          OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
          export.write(w, f, t, out);
          out.flush();
        } else {
          Path tmp = file.resolveSibling(file.getFileName() + ".part");
          try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            export.write(w, f, t, out);
          }
          Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          spec.commandLine().getErr().printf("Wrote %s (%d bytes).%n", file, Files.size(file));
        }
        return 0;
      }
    }

    private static LocalDate day(String option, String text) {
      try {
        LocalDate d = LocalDate.parse(text.trim());
        if (!io.tally.input.Forms.isPlausible(d)) {
          throw new UserInputException(option + ": " + text + " is not from 2000 to 2100");
        }
        return d;
      } catch (DateTimeParseException e) {
        throw new UserInputException(option + ": '" + text + "' is not a date (YYYY-MM-DD)");
      }
    }
  }
}
