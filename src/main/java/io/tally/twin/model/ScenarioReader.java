package io.tally.twin.model;

import io.tally.plant.model.CalendarId;
import io.tally.plant.model.LineId;
import io.tally.plant.model.PlantFileException;
import io.tally.plant.model.Shift;
import io.tally.plant.model.StageId;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scenario file (YAML). A file with any problem is refused whole with file, line, field and
 * reason, as plant files are:
 *
 * <pre>
 * name: Stage 2 from July
 * changes:
 *   - operate: { stage: S2, from: 2027-07-01 }
 *   - addLine: { id: L6, like: L1, from: 2027-07-01 }
 *   - reliability: { line: L3, mttrHours: 0.5 }
 *   - addShift: { calendar: TWO-SHIFT, name: C, start: "22:00", end: "06:00" }
 * </pre>
 */
public final class ScenarioReader {
  private final String file;
  private final ScenarioYaml yaml;

  private ScenarioReader(String file) {
    this.file = file;
    this.yaml = new ScenarioYaml(file);
  }

  public static Scenario read(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PlantFileException(
          List.of(
              new PlantFileException.Problem(
                  path.toString(), 0, "", "cannot read: " + e.getMessage())));
    }
    return parse(path.getFileName().toString(), text);
  }

  public static Scenario parse(String file, String text) {
    ScenarioReader r = new ScenarioReader(file);
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new PlantFileException(
          List.of(new PlantFileException.Problem(file, line, "", "bad YAML: " + e.getProblem())));
    } catch (YAMLException e) {
      throw new PlantFileException(
          List.of(new PlantFileException.Problem(file, 0, "", "bad YAML: " + e.getMessage())));
    }
    if (root == null) {
      throw new PlantFileException(
          List.of(new PlantFileException.Problem(file, 1, "", "the file is empty")));
    }
    Scenario s = r.scenario(root);
    if (!r.yaml.problems().isEmpty()) {
      throw new PlantFileException(r.yaml.problems());
    }
    return s;
  }

  private Scenario scenario(Node root) {
    Map<String, Node> fields = yaml.mapping(root, "", Set.of("name", "changes"));
    if (fields == null) {
      return null;
    }
    String name = fields.containsKey("name") ? yaml.text(fields.get("name"), "name") : "scenario";
    List<Scenario.Change> changes = new ArrayList<>();
    Node list = fields.get("changes");
    if (list == null) {
      yaml.problem(root, "changes", "required field is missing");
    } else if (!(list instanceof SequenceNode seq)) {
      yaml.problem(list, "changes", "expected a list");
    } else {
      for (int i = 0; i < seq.getValue().size(); i++) {
        Scenario.Change c = change(seq.getValue().get(i), "changes[" + i + "]");
        if (c != null) {
          changes.add(c);
        }
      }
    }
    return name == null ? null : new Scenario(name, changes);
  }

  private Scenario.Change change(Node node, String path) {
    Map<String, Node> kind =
        yaml.mapping(node, path, Set.of("operate", "addLine", "reliability", "addShift"));
    if (kind == null) {
      return null;
    }
    boolean unknownOnly = kind.isEmpty() && !((MappingNode) node).getValue().isEmpty();
    if (kind.size() != 1) {
      if (!unknownOnly) {
        yaml.problem(node, path, "one change per item: operate, addLine, reliability or addShift");
      }
      return null;
    }
    var e = kind.entrySet().iterator().next();
    String at = path + "." + e.getKey();
    Node body = e.getValue();
    Scenario.Where where = new Scenario.Where(file, yaml.line(body), at);
    try {
      return switch (e.getKey()) {
        case "operate" -> {
          var f = yaml.mapping(body, at, Set.of("stage", "line", "from"));
          yield f == null
              ? null
              : new Scenario.Operate(
                  where,
                  yaml.opt(f, "stage", at, StageId::new),
                  yaml.opt(f, "line", at, LineId::new),
                  yaml.req(body, f, "from", at, LocalDate::parse));
        }
        case "addLine" -> {
          var f = yaml.mapping(body, at, Set.of("id", "like", "from"));
          yield f == null
              ? null
              : new Scenario.AddLine(
                  where,
                  yaml.req(body, f, "id", at, LineId::new),
                  yaml.req(body, f, "like", at, LineId::new),
                  yaml.req(body, f, "from", at, LocalDate::parse));
        }
        case "reliability" -> {
          var f = yaml.mapping(body, at, Set.of("line", "mtbfHours", "mttrHours"));
          yield f == null
              ? null
              : new Scenario.Reliability(
                  where,
                  yaml.req(body, f, "line", at, LineId::new),
                  yaml.opt(f, "mtbfHours", at, Double::valueOf),
                  yaml.opt(f, "mttrHours", at, Double::valueOf));
        }
        default -> {
          var f = yaml.mapping(body, at, Set.of("calendar", "name", "start", "end"));
          yield f == null
              ? null
              : new Scenario.AddShift(
                  where,
                  yaml.req(body, f, "calendar", at, CalendarId::new),
                  new Shift(
                      yaml.req(body, f, "name", at, java.util.function.Function.identity()),
                      yaml.req(body, f, "start", at, LocalTime::parse),
                      yaml.req(body, f, "end", at, LocalTime::parse)));
        }
      };
    } catch (ScenarioYaml.Refused m) {
      return null;
    } catch (IllegalArgumentException | NullPointerException ex) {
      if (yaml.problems().isEmpty()) {
        yaml.problem(body, at, ex.getMessage() == null ? "incomplete" : ex.getMessage());
      }
      return null;
    }
  }
}
