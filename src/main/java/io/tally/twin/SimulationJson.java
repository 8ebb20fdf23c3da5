package io.tally.twin;

import io.tally.twin.model.Forecast;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A finished simulation as a JSON document for programs, its keys in a fixed order. */
final class SimulationJson {
  private SimulationJson() {}

  static String write(SimulationReport r) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("plant", r.plant());
    doc.put("scenario", r.scenario());
    doc.put("start", r.settings().start().toString());
    doc.put("years", r.settings().years());
    doc.put("seed", r.settings().seed());
    doc.put("threads", r.settings().threads());
    doc.put("uncertainty", r.settings().uncertainty());
    doc.putAll(forecastJson(r.forecast()));
    if (r.comparison() != null) {
      doc.put("baseline", forecastJson(r.comparison().baseline()));
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("mean", r.comparison().difference().mean());
      d.put("sd", r.comparison().difference().sd());
      d.put("ci95", r.comparison().difference().ci95());
      doc.put("difference", d);
    }
    doc.put("events", r.forecast().events());
    doc.put("seconds", r.seconds());
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
}
