package io.tally.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Monthly periods: list them with their status; close one as an auditor. */
@Command(
    name = "periods",
    description = "List the monthly periods; close one (AUDITOR).",
    subcommands = {PeriodsList.class, PeriodClose.class})
class PeriodsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A month as yyyy-MM, or exit 2 naming the field. */
  static YearMonth month(String text, String field) {
    try {
      if (text.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(text);
      }
    } catch (DateTimeParseException e) {
      // Falls through to the refusal below.
    }
    throw new UserInputException(field + ": '" + text + "' is not a month, yyyy-MM (e.g. 2027-03)");
  }
}
