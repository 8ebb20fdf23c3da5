package io.tally.cli;

import io.tally.traceability.HoldKind;
import io.tally.traceability.RecallEvent.Reach;
import io.tally.traceability.RecallQueries;
import io.tally.traceability.RecallView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Recalls: the list, or one with every shipment and customer it reached and who acknowledged. */
@Command(
    name = "recall",
    description =
        "Show recalls: the customers and shipments each reached, and their acknowledgements.",
    subcommands = {RecallCommand.Show.class, RecallCommand.ListRecalls.class})
class RecallCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** One recall in full. */
  @Command(name = "show", description = "A recall: its reach and each customer's acknowledgement.")
  static class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The recall's id.")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (var ctx = SpringLauncher.data()) {
        RecallView r =
            ctx.getBean(RecallQueries.class)
                .find(id)
                .orElseThrow(() -> new UserInputException("ID: no recall '" + id + "'"));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(Json.write(r));
        } else {
          print(out, r);
        }
        return 0;
      }
    }
  }

  /** Every recall, open ones first. */
  @Command(name = "list", description = "Every recall, open ones first.")
  static class ListRecalls implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (var ctx = SpringLauncher.data()) {
        List<RecallView> all = ctx.getBean(RecallQueries.class).recent(10_000);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(Json.write(all));
        } else {
          all.forEach(
              r ->
                  out.printf(
                      Locale.ROOT,
                      "%-24s %-8s of %-24s %d customers, %d awaiting%n",
                      r.id(),
                      r.status(),
                      r.subject(),
                      r.customers().size(),
                      r.awaiting().size()));
        }
        return 0;
      }
    }
  }

  static void print(PrintWriter out, RecallView r) {
    out.printf(
        Locale.ROOT,
        "Recall %s of %s %s: %s (opened by %s%s)%n  reason: %s%n",
        r.id(),
        r.kind() == HoldKind.LOT ? "lot" : "component lot",
        r.subject(),
        r.status(),
        r.openedBy(),
        r.closedBy() == null ? "" : ", closed by " + r.closedBy(),
        r.reason());
    if (r.hold() != null) {
      out.printf(Locale.ROOT, "  hold: %s%n", r.hold());
    }
    for (Reach s : r.shipments()) {
      out.printf(
          Locale.ROOT,
          "  shipment %-20s %-12s lot %-20s %,d rounds%n",
          s.shipment(),
          s.customer(),
          s.lot(),
          s.quantity());
    }
    for (RecallView.Customer c : r.customers()) {
      if (c.acknowledgedOn() == null) {
        out.printf(Locale.ROOT, "  customer %-12s awaiting acknowledgement%n", c.customer());
      } else {
        out.printf(
            Locale.ROOT,
            "  customer %-12s acknowledged %s by %s, document %s (recorded by %s)%n",
            c.customer(),
            c.acknowledgedOn(),
            c.acknowledgedBy(),
            c.document(),
            c.recordedBy());
      }
    }
  }
}
