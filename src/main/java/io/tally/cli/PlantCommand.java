package io.tally.cli;

import io.tally.plant.PlantChangeView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Plant-file change control: propose a file, approve another person's proposal. */
@Command(
    name = "plant",
    description = "Propose a changed plant file; approve another person's proposal.",
    subcommands = {PlantPropose.class, PlantApprove.class})
class PlantCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static void print(PrintWriter out, PlantChangeView change) {
    out.printf(
        "Plant change %d (%s): %s SHA-256 %s replacing %s, proposed by %s%s.%n",
        change.id(),
        change.status(),
        change.file(),
        change.proposedSha256(),
        change.currentSha256(),
        change.proposedBy(),
        change.approvedBy() == null
            ? ""
            : ", approved by " + change.approvedBy() + " effective " + change.effective());
    for (var d : change.differences()) {
      out.printf(
          "  %s: %s -> %s%s%n",
          d.path(),
          d.oldValue() == null ? "(none)" : d.oldValue(),
          d.newValue() == null ? "(none)" : d.newValue(),
          d.controlled() ? "" : " (free)");
    }
  }
}
