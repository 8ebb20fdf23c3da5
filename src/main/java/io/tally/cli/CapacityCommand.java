package io.tally.cli;

import io.tally.plant.model.Capacity;
import io.tally.plant.model.Plant;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints how the nameplate derives from rates and calendars, per line, stage and plant. */
@Command(name = "capacity", description = "Show the nameplate capacity and how it derives.")
class CapacityCommand implements Callable<Integer> {
  @Mixin PlantOption plant;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Plant p = plant.load();
    Capacity c = Capacity.of(p);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put(
          "plant",
          Map.of(
              "site", p.site().id(),
              "nameplate", c.designedNameplate(),
              "available", c.availableNameplate()));
      doc.put("stages", c.stages());
      List<Map<String, Object>> lines =
          c.lines().stream()
              .map(
                  l -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", l.id());
                    m.put("stage", l.stage());
                    m.put("state", l.state());
                    m.put("product", l.product());
                    m.put("ratedPerHour", l.ratedPerHour());
                    m.put("plannedBusyHours", l.plannedBusyHours());
                    m.put("nameplate", l.nameplate());
                    m.put("available", l.available());
                    return m;
                  })
              .toList();
      doc.put("lines", lines);
      out.println(Json.write(doc));
      return 0;
    }
    out.printf("Plant %s (%s)%n%n", p.site().name(), p.site().id());
    out.printf(
        "%-5s %-6s %-18s %-17s %10s %10s %14s%n",
        "Line", "Stage", "State", "Product", "Rate/h", "Busy h/yr", "Nameplate/yr");
    for (Capacity.LineCapacity l : c.lines()) {
      out.printf(
          "%-5s %-6s %-18s %-17s %,10.0f %,10.0f %,14d%n",
          l.id(),
          l.stage(),
          l.state(),
          l.product() == null ? "-" : l.product(),
          l.ratedPerHour(),
          l.plannedBusyHours(),
          l.nameplate());
    }
    out.println();
    for (Capacity.StageCapacity s : c.stages()) {
      out.printf(
          "Stage %-4s designed %,14d   available %,14d   %s%n",
          s.id(), s.designed(), s.available(), s.name());
    }
    out.printf(
        "Plant      designed %,14d   available %,14d%n",
        c.designedNameplate(), c.availableNameplate());
    out.println();
    out.println(
        "Nameplate = rated rate of the line's reference product x planned busy hours of the"
            + " standard year (working days x shift hours).");
    return 0;
  }
}
