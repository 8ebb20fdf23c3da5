package io.tally.cli;

import io.tally.quality.sampling.Aql;
import io.tally.quality.sampling.InspectionLevel;
import io.tally.quality.sampling.RuleSet;
import io.tally.quality.sampling.SamplingPlan;
import io.tally.quality.sampling.SamplingPlans;
import io.tally.quality.sampling.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Acceptance sampling by attributes: looks up single-sampling plans. */
@Command(
    name = "sampling",
    description = "Acceptance sampling by attributes (Z1.4-2003 single sampling).")
class SamplingCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "plan",
      description = "Show the code letter, sample size and Ac/Re for a lot.",
      mixinStandardHelpOptions = true)
  int plan(
      @Option(names = "--lot-size", required = true, paramLabel = "N", description = "Lot size.")
          long lotSize,
      @Option(
              names = "--level",
              defaultValue = "II",
              description =
                  "Inspection level: S-1, S-2, S-3, S-4, I, II, III (default ${DEFAULT-VALUE}).")
          String level,
      @Option(names = "--aql", required = true, description = "AQL, 0.010 to 10.") String aql,
      @Option(
              names = "--severity",
              defaultValue = "normal",
              description = "normal, tightened or reduced (default ${DEFAULT-VALUE}).")
          String severity,
      @Option(names = "--json", description = "Print JSON.") boolean json) {
    if (lotSize < 2) {
      throw new UserInputException("--lot-size: lot size must be at least 2, was " + lotSize);
    }
    InspectionLevel inspectionLevel = argument("--level", level, InspectionLevel::parse);
    Aql limit = argument("--aql", aql, Aql::parse);
    Severity sev = argument("--severity", severity, Severity::parse);
    SamplingPlan plan = SamplingPlans.plan(lotSize, inspectionLevel, limit, sev);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("letter", plan.letter().name());
      doc.put("planLetter", plan.planLetter().name());
      doc.put("n", plan.n());
      doc.put("ac", plan.ac());
      doc.put("re", plan.re());
      doc.put("fullInspection", plan.fullInspection());
      out.println(Json.write(doc));
      return 0;
    }
    out.printf(
        "Lot %,d, level %s, AQL %s, %s inspection (%s)%n",
        lotSize, inspectionLevel, limit, sev.label(), RuleSet.Z1_4_2003_SINGLE.edition());
    out.printf("Code letter (Table I)  %s%n", plan.letter());
    out.printf("Plan found at          %s%n", plan.planLetter());
    out.printf(
        "Sample size n          %d%s%n",
        plan.n(), plan.fullInspection() ? " (100 % inspection)" : "");
    out.printf("Accept (Ac)            %d%n", plan.ac());
    out.printf("Reject (Re)            %d%n", plan.re());
    out.printf(
        "Accept the lot if d <= %d nonconforming in the sample; reject if d >= %d.%n",
        plan.ac(), plan.re());
    return 0;
  }

  /** Reads one argument, naming it when the value is refused. */
  private static <T> T argument(String name, String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(name + ": " + e.getMessage());
    }
  }
}
