package io.tally.twin;

import io.tally.twin.model.Comparison;
import io.tally.twin.model.Forecast;
import io.tally.twin.model.Settings;
import java.io.PrintWriter;

/** A finished simulation as a text report for people: output, lines, bottlenecks, comparison. */
final class SimulationText {
  private SimulationText() {}

  static void print(SimulationReport r, PrintWriter out) {
    Forecast f = r.forecast();
    Settings settings = r.settings();
    Comparison comparison = r.comparison();
    out.printf(
        "Plant %s, scenario '%s': %d replication(s) of %d year(s) from %s, seed %d, %d"
            + " thread(s)%n%n",
        r.plant(),
        r.scenario(),
        f.replications(),
        f.years(),
        settings.start(),
        settings.seed(),
        settings.threads());
    out.printf(
        "Good output per year  mean %,.0f   95%% CI %,.0f .. %,.0f   sd %,.0f%n",
        f.mean(), f.ci95()[0], f.ci95()[1], f.sd());
    out.print("Quantiles            ");
    f.quantiles().forEach((k, v) -> out.printf(" %s %,.0f", k, v));
    out.println();
    out.printf("P(output >= %,.0f) = %.3f%n%n", f.target(), f.pTarget());
    out.printf(
        "%-6s %12s %8s %8s %9s %9s %9s %9s %9s %9s%n",
        "Line",
        "Output/yr",
        "Util.",
        "Avail.",
        "Prod. h",
        "Chg. h",
        "Down h",
        "Off h",
        "Maint. h",
        "Idle h");
    for (Forecast.LineForecast l : f.lines()) {
      var h = l.hours();
      out.printf(
          "%-6s %,12.0f %7.1f%% %7.1f%% %,9.0f %,9.0f %,9.0f %,9.0f %,9.0f %,9.0f%n",
          l.id(),
          l.output(),
          100 * l.utilisation(),
          100 * l.availability(),
          h.get("producing"),
          h.get("changeover"),
          h.get("down"),
          h.get("off-shift"),
          h.get("maintenance"),
          h.get("idle"));
    }
    out.println();
    out.print("Bottlenecks (output lost against the ideal at mean cycle):");
    for (Forecast.Bottleneck b : f.bottlenecks()) {
      out.printf(" %s %,.0f (%.0f%%)", b.line(), b.lostOutput(), 100 * b.share());
    }
    out.println();
    if (comparison != null) {
      var d = comparison.difference();
      out.printf(
          "%nBaseline mean %,.0f; scenario - baseline = %+,.0f per year (95%% CI %+,.0f .. %+,.0f,"
              + " common random numbers)%n",
          comparison.baseline().mean(), d.mean(), d.ci95()[0], d.ci95()[1]);
    }
    out.printf(
        "%n%,d events in %.2f s (%.1f M events/s)%n",
        f.events(), r.seconds(), f.events() / r.seconds() / 1e6);
  }
}
