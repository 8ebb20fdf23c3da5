package io.tally.cli;

import io.tally.input.gs1.ElementString;
import io.tally.input.gs1.Gs1Refusal;
import io.tally.input.gs1.Scans;
import io.tally.kernel.CommandRejected;
import io.tally.labels.Labels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints labels to PDF files. */
@Command(
    name = "labels",
    description = "GS1-128 labels: print a packaging unit's or a lot's label to a PDF file.",
    subcommands = {LabelsCommand.Print.class})
class LabelsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** tally labels print SSCC|LOT --to FILE */
  @Command(
      name = "print",
      description =
          "Write the 100 x 150 mm logistic label of a packaging unit (by SSCC) or the 100 x 50 mm"
              + " label of a production lot to a PDF file. The SSCC or lot may be a scanned GS1"
              + " element string.")
  static class Print implements Callable<Integer> {
    private static final Pattern SSCC_TYPED = Pattern.compile("(00)?[0-9]{18}");

    @Parameters(index = "0", paramLabel = "SSCC|LOT", description = "SSCC, lot number or scan.")
    String id;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "PDF to write.")
    Path to;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      String field = isSscc(id) ? "SSCC" : "LOT";
      try (var ctx = SpringLauncher.data()) {
        Labels labels = ctx.getBean(Labels.class);
        byte[] pdf;
        try {
          pdf = field.equals("SSCC") ? labels.unit(id) : labels.lot(id);
        } catch (CommandRejected e) {
          throw new UserInputException(field + ": " + e.getMessage());
        }
        try {
          Files.write(to, pdf);
        } catch (IOException e) {
          throw new UserInputException("--to: cannot write " + to + ": " + e.getMessage());
        }
        spec.commandLine()
            .getOut()
            .printf("%s %s: label written to %s (%,d bytes)%n", field, id.strip(), to, pdf.length);
        return 0;
      }
    }

    /**
     * A scan names a unit when it carries AI 00; typed text when it is 18 digits (or AI 00 + 18).
     */
    static boolean isSscc(String id) {
      if (Scans.isScan(id)) {
        try {
          return ElementString.parse(id).find("00").isPresent();
        } catch (Gs1Refusal e) {
          throw new UserInputException("SSCC|LOT: " + e.getMessage());
        }
      }
      return SSCC_TYPED.matcher(id.strip()).matches();
    }
  }
}
