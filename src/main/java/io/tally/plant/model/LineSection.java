package io.tally.plant.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lines section: capabilities, changeovers, reliability. */
final class LineSection {
  private final FieldValues v;

  LineSection(FieldValues v) {
    this.v = v;
  }

  Line line(YamlNode n) {
    if (!n.checkMapping(
        "id",
        "name",
        "stage",
        "state",
        "calendar",
        "capabilities",
        "changeovers",
        "reliability",
        "machine")) {
      return null;
    }
    LineId id = v.value(n.required("id"), LineId::new);
    String name = n.required("name").text();
    StageId stage = v.value(n.required("stage"), StageId::new);
    LineState state = v.value(n.required("state"), LineState::parse);
    CalendarId calendar = v.value(n.required("calendar"), CalendarId::new);
    List<Line.Capability> caps = v.list(n.required("capabilities"), this::capability);
    Map<ProductCode, Map<ProductCode, Integer>> changeovers = new LinkedHashMap<>();
    for (YamlNode c : n.get("changeovers").map(YamlNode::items).orElse(List.of())) {
      if (!c.checkMapping("from", "to", "minutes")) {
        continue;
      }
      ProductCode from = v.value(c.required("from"), ProductCode::new);
      ProductCode to = v.value(c.required("to"), ProductCode::new);
      Integer minutes = v.nonNegativeInt(c.required("minutes"));
      if (from != null && to != null && minutes != null) {
        if (changeovers.computeIfAbsent(from, k -> new LinkedHashMap<>()).put(to, minutes)
            != null) {
          c.problem("duplicate changeover from '" + from + "' to '" + to + "'");
        }
      }
    }
    Line.Reliability reliability = reliability(n.required("reliability"));
    var machineNode = n.get("machine");
    MachineSource machine = machineNode.map(new MachineSection(v)::machine).orElse(null);
    if (machineNode.isPresent() && machine == null) {
      return null;
    }
    if (id == null
        || name == null
        || stage == null
        || state == null
        || calendar == null
        || reliability == null) {
      return null;
    }
    return v.build(
        n,
        () -> new Line(id, name, stage, state, calendar, caps, changeovers, reliability, machine));
  }

  Line.Capability capability(YamlNode n) {
    if (!n.checkMapping("product", "ratedPerHour")) {
      return null;
    }
    ProductCode product = v.value(n.required("product"), ProductCode::new);
    Double rate = v.positive(n.required("ratedPerHour"));
    return product == null || rate == null ? null : new Line.Capability(product, rate);
  }

  Line.Reliability reliability(YamlNode n) {
    if (n.isMissing()
        || !n.checkMapping("mtbfHours", "mttrHours", "failureDistribution", "shape", "scrapRate")) {
      return null;
    }
    Double mtbf = v.positive(n.required("mtbfHours"));
    Double mttr = v.positive(n.required("mttrHours"));
    Line.FailureDistribution dist =
        n.get("failureDistribution")
            .map(d -> v.value(d, Line.FailureDistribution::parse))
            .orElse(Line.FailureDistribution.EXPONENTIAL);
    Double shape = n.get("shape").map(v::positive).orElse(1.0);
    Double scrap =
        n.get("scrapRate")
            .map(
                r ->
                    v.value(
                        r,
                        t -> {
                          double v = Double.parseDouble(t);
                          if (!(v >= 0 && v < 1)) {
                            throw new IllegalArgumentException(
                                "must be at least 0 and below 1, got " + t);
                          }
                          return v;
                        }))
            .orElse(0.0);
    if (mtbf == null || mttr == null || dist == null || shape == null || scrap == null) {
      return null;
    }
    return new Line.Reliability(mtbf, mttr, dist, shape, scrap);
  }
}
