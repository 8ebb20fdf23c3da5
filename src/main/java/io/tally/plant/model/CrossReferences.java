package io.tally.plant.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules across sections of a plant file: unique ids, references that resolve, complete
 * changeover matrices, and lines declared accepted or operating that an act covers. Runs only on a
 * file whose sections each read cleanly, so list positions match the document.
 */
final class CrossReferences {
  private final YamlNode.Problems problems;
  private final YamlNode root;

  CrossReferences(YamlNode.Problems problems, YamlNode root) {
    this.problems = problems;
    this.root = root;
  }

  private YamlNode item(String section, int index) {
    return root.get(section).orElseThrow().items().get(index);
  }

  private YamlNode field(String section, int index, String... path) {
    YamlNode n = item(section, index);
    for (String p : path) {
      int bracket = p.indexOf('[');
      if (bracket > 0) {
        n = n.get(p.substring(0, bracket)).orElse(n);
        int i = Integer.parseInt(p.substring(bracket + 1, p.length() - 1));
        List<YamlNode> items = n.items();
        n = i < items.size() ? items.get(i) : n;
      } else {
        n = n.get(p).orElse(n);
      }
    }
    return n;
  }

  private <T> void unique(String section, List<T> items, Function<T, Object> id, String key) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Object v = id.apply(items.get(i));
      if (!seen.add(v)) {
        field(section, i, key).problem("duplicate id '" + v + "'");
      }
    }
  }

  void check(Plant plant) {
    unique("calendars", plant.calendars(), WorkCalendar::id, "id");
    unique("stages", plant.stages(), Stage::id, "id");
    unique("products", plant.products(), Product::code, "code");
    unique("lines", plant.lines(), Line::id, "id");
    unique("acceptanceActs", plant.acceptanceActs(), AcceptanceAct::id, "id");
    unique("stopReasons", plant.stopReasons(), StopReason::code, "code");
    unique("customers", plant.customers(), Customer::id, "id");
    unique("locations", plant.locations(), Location::code, "code");
    checkLineLocations(plant);

    Set<Object> stages = ids(plant.stages(), Stage::id);
    Set<Object> calendars = ids(plant.calendars(), WorkCalendar::id);
    Set<Object> products = ids(plant.products(), Product::code);
    Set<Object> lines = ids(plant.lines(), Line::id);

    for (int c = 0; c < plant.calendars().size(); c++) {
      List<MaintenanceWindow> windows = plant.calendars().get(c).maintenance();
      for (int w = 0; w < windows.size(); w++) {
        List<LineId> ls = windows.get(w).lines();
        for (int k = 0; k < ls.size(); k++) {
          if (!lines.contains(ls.get(k))) {
            field("calendars", c, "maintenance[" + w + "]", "lines[" + k + "]")
                .problem("unknown line '" + ls.get(k) + "'");
          }
        }
      }
    }

    for (int i = 0; i < plant.lines().size(); i++) {
      Line line = plant.lines().get(i);
      if (!stages.contains(line.stage())) {
        field("lines", i, "stage").problem("unknown stage '" + line.stage() + "'");
      }
      if (!calendars.contains(line.calendar())) {
        field("lines", i, "calendar").problem("unknown calendar '" + line.calendar() + "'");
      }
      checkCapabilities(i, line, products);
      checkChangeovers(i, line);
      checkMachineReasons(i, line, plant);
      if (line.state().needsAcceptance()
          && plant.acceptanceActs().stream().noneMatch(a -> a.covers(line))) {
        field("lines", i, "state")
            .problem(
                "line is "
                    + line.state().label()
                    + " but no acceptance act covers it or its stage");
      }
    }

    for (int i = 0; i < plant.acceptanceActs().size(); i++) {
      AcceptanceAct act = plant.acceptanceActs().get(i);
      if (act.stage() != null && !stages.contains(act.stage())) {
        field("acceptanceActs", i, "covers", "stage")
            .problem("unknown stage '" + act.stage() + "'");
      }
      if (act.line() != null && !lines.contains(act.line())) {
        field("acceptanceActs", i, "covers", "line").problem("unknown line '" + act.line() + "'");
      }
    }
  }

  private void checkCapabilities(int i, Line line, Set<Object> products) {
    Set<ProductCode> seen = new HashSet<>();
    for (int k = 0; k < line.capabilities().size(); k++) {
      ProductCode p = line.capabilities().get(k).product();
      if (!products.contains(p)) {
        field("lines", i, "capabilities[" + k + "]", "product")
            .problem("unknown product '" + p + "'");
      }
      if (!seen.add(p)) {
        field("lines", i, "capabilities[" + k + "]", "product")
            .problem("product '" + p + "' is listed twice");
      }
    }
  }

  private void checkChangeovers(int i, Line line) {
    Set<ProductCode> made = new HashSet<>();
    line.capabilities().forEach(c -> made.add(c.product()));
    line.changeoverMinutes()
        .forEach(
            (from, row) ->
                row.keySet()
                    .forEach(
                        to -> {
                          if (!made.contains(from) || !made.contains(to) || from.equals(to)) {
                            field("lines", i, "changeovers")
                                .problem(
                                    "changeover from '"
                                        + from
                                        + "' to '"
                                        + to
                                        + "' names a product the line does not make, or itself");
                          }
                        }));
    for (Line.Capability a : line.capabilities()) {
      for (Line.Capability b : line.capabilities()) {
        if (!a.product().equals(b.product())) {
          var row = line.changeoverMinutes().get(a.product());
          if (row == null || !row.containsKey(b.product())) {
            YamlNode at =
                line.changeoverMinutes().isEmpty()
                    ? item("lines", i)
                    : field("lines", i, "changeovers");
            problems.add(
                at.line(),
                "lines[" + i + "].changeovers",
                "missing changeover from '" + a.product() + "' to '" + b.product() + "'");
          }
        }
      }
    }
  }

  /** Every reason a machine section names is a stop reason of the plant file. */
  private void checkMachineReasons(int i, Line line, Plant plant) {
    MachineSource m = line.machine();
    if (m == null) {
      return;
    }
    YamlNode machine = field("lines", i, "machine");
    java.util.function.BiConsumer<String, YamlNode> known =
        (code, at) -> {
          if (plant.findStopReason(code).isEmpty()) {
            at.problem("unknown stop reason '" + code + "'");
          }
        };
    if (m.defaultReason() != null) {
      known.accept(m.defaultReason(), machine.get("defaultReason").orElse(machine));
    }
    List<YamlNode> states = machine.get("states").map(YamlNode::items).orElse(List.of());
    for (YamlNode s : states) {
      s.get("reason").ifPresent(r -> known.accept(r.text(), r));
      s.get("reason")
          .filter(r -> "changeover".equalsIgnoreCase(s.get("state").map(YamlNode::text).orElse("")))
          .flatMap(r -> plant.findStopReason(r.text()))
          .filter(r -> r.category() != StopReason.Category.SETUP)
          .ifPresent(
              r ->
                  s.get("reason")
                      .get()
                      .problem(
                          "a changeover's reason must be a setup reason, '"
                              + r.code()
                              + "' is "
                              + r.category().name().toLowerCase(java.util.Locale.ROOT)));
    }
    for (YamlNode r : machine.get("stopReasons").map(YamlNode::items).orElse(List.of())) {
      r.get("reason").ifPresent(x -> known.accept(x.text(), x));
    }
    boolean stopsWithoutReason =
        m.states().values().stream()
            .anyMatch(s -> s.reason() == null && (s.state() == MachineSource.MachineState.STOPPED));
    if (stopsWithoutReason && m.defaultReason() == null) {
      machine.problem(
          "a stopped state without its own reason needs defaultReason, for a stop whose reason id"
              + " is missing or unmapped");
    }
  }

  private static <T> Set<Object> ids(List<T> items, Function<T, Object> id) {
    Set<Object> out = new HashSet<>();
    items.forEach(i -> out.add(id.apply(i)));
    return out;
  }

  /** Good rounds enter stock at the line that made them, so a register names every line. */
  private void checkLineLocations(Plant plant) {
    if (plant.locations().isEmpty()) {
      return;
    }
    for (int i = 0; i < plant.lines().size(); i++) {
      LineId line = plant.lines().get(i).id();
      boolean registered =
          plant
              .findLocation(new LocationCode(line.value()))
              .filter(l -> l.type() == Location.Type.LINE)
              .isPresent();
      if (!registered) {
        field("lines", i, "id").problem("line " + line + " has no location of type line");
      }
    }
  }
}
