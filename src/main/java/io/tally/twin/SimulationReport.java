package io.tally.twin;

import io.tally.twin.model.Comparison;
import io.tally.twin.model.Forecast;
import io.tally.twin.model.Settings;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished simulation as the command line shows it: a text report for people and a JSON document
 * for programs. With a comparison, the forecast is the scenario's and the baseline and the
 * difference (common random numbers) come with it.
 */
public record SimulationReport(
    String plant,
    String scenario,
    Settings settings,
    Forecast forecast,
    Comparison comparison,
    double seconds) {

  public String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("plant", plant);
    doc.put("scenario", scenario);
    doc.put("start", settings.start().toString());
    doc.put("years", settings.years());
    doc.put("seed", settings.seed());
    doc.put("threads", settings.threads());
    doc.put("uncertainty", settings.uncertainty());
    doc.putAll(forecastJson(forecast));
    if (comparison != null) {
      doc.put("baseline", forecastJson(comparison.baseline()));
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("mean", comparison.difference().mean());
      d.put("sd", comparison.difference().sd());
      d.put("ci95", comparison.difference().ci95());
      doc.put("difference", d);
    }
    doc.put("events", forecast.events());
    doc.put("seconds", seconds);
    return JsonText.write(doc);
  }

  private static Map<String, Object> forecastJson(Forecast f) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("replications", f.replications());
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("mean", f.mean());
    output.put("sd", f.sd());
    output.put("ci95", f.ci95());
    output.put("quantiles", f.quantiles());
    Map<String, Object> histogram = new LinkedHashMap<>();
    histogram.put("from", f.histogram().from());
    histogram.put("width", f.histogram().width());
    histogram.put("counts", Arrays.stream(f.histogram().counts()).boxed().toList());
    output.put("histogram", histogram);
    doc.put("output", output);
    doc.put("target", f.target());
    doc.put("pTarget", f.pTarget());
    List<Map<String, Object>> lines =
        f.lines().stream()
            .map(
                l -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("id", l.id());
                  m.put("output", l.output());
                  m.put("utilisation", l.utilisation());
                  m.put("availability", l.availability());
                  m.put("failuresPerYear", l.failures());
                  m.put("hoursPerYear", l.hours());
                  return m;
                })
            .toList();
    doc.put("lines", lines);
    List<Map<String, Object>> ranking =
        f.bottlenecks().stream()
            .map(
                b -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("line", b.line());
                  m.put("lostOutput", b.lostOutput());
                  m.put("share", b.share());
                  return m;
                })
            .toList();
    doc.put("bottlenecks", ranking);
    return doc;
  }

  public void printText(PrintWriter out) {
    Forecast f = forecast;
    out.printf(
        "Plant %s, scenario '%s': %d replication(s) of %d year(s) from %s, seed %d, %d"
            + " thread(s)%n%n",
        plant,
        scenario,
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
        f.events(), seconds, f.events() / seconds / 1e6);
  }
}
