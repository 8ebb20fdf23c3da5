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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
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
  private final List<PlantFileException.Problem> problems = new ArrayList<>();

  private ScenarioReader(String file) {
    this.file = file;
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
    if (!r.problems.isEmpty()) {
      throw new PlantFileException(r.problems);
    }
    return s;
  }

  private Scenario scenario(Node root) {
    Map<String, Node> fields = mapping(root, "", Set.of("name", "changes"));
    if (fields == null) {
      return null;
    }
    String name = fields.containsKey("name") ? text(fields.get("name"), "name") : "scenario";
    List<Scenario.Change> changes = new ArrayList<>();
    Node list = fields.get("changes");
    if (list == null) {
      problem(root, "changes", "required field is missing");
    } else if (!(list instanceof SequenceNode seq)) {
      problem(list, "changes", "expected a list");
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
        mapping(node, path, Set.of("operate", "addLine", "reliability", "addShift"));
    if (kind == null) {
      return null;
    }
    boolean unknownOnly = kind.isEmpty() && !((MappingNode) node).getValue().isEmpty();
    if (kind.size() != 1) {
      if (!unknownOnly) {
        problem(node, path, "one change per item: operate, addLine, reliability or addShift");
      }
      return null;
    }
    var e = kind.entrySet().iterator().next();
    String at = path + "." + e.getKey();
    Node body = e.getValue();
    Scenario.Where where = new Scenario.Where(file, line(body), at);
    try {
      return switch (e.getKey()) {
        case "operate" -> {
          var f = mapping(body, at, Set.of("stage", "line", "from"));
          yield f == null
              ? null
              : new Scenario.Operate(
                  where,
                  opt(f, "stage", at, StageId::new),
                  opt(f, "line", at, LineId::new),
                  req(body, f, "from", at, LocalDate::parse));
        }
        case "addLine" -> {
          var f = mapping(body, at, Set.of("id", "like", "from"));
          yield f == null
              ? null
              : new Scenario.AddLine(
                  where,
                  req(body, f, "id", at, LineId::new),
                  req(body, f, "like", at, LineId::new),
                  req(body, f, "from", at, LocalDate::parse));
        }
        case "reliability" -> {
          var f = mapping(body, at, Set.of("line", "mtbfHours", "mttrHours"));
          yield f == null
              ? null
              : new Scenario.Reliability(
                  where,
                  req(body, f, "line", at, LineId::new),
                  opt(f, "mtbfHours", at, Double::valueOf),
                  opt(f, "mttrHours", at, Double::valueOf));
        }
        default -> {
          var f = mapping(body, at, Set.of("calendar", "name", "start", "end"));
          yield f == null
              ? null
              : new Scenario.AddShift(
                  where,
                  req(body, f, "calendar", at, CalendarId::new),
                  new Shift(
                      req(body, f, "name", at, Function.identity()),
                      req(body, f, "start", at, LocalTime::parse),
                      req(body, f, "end", at, LocalTime::parse)));
        }
      };
    } catch (Missing m) {
      return null;
    } catch (IllegalArgumentException | NullPointerException ex) {
      if (problems.isEmpty()) {
        problem(body, at, ex.getMessage() == null ? "incomplete" : ex.getMessage());
      }
      return null;
    }
  }

  /** Thrown (and caught in {@link #change}) when a value was refused and already reported. */
  private static final class Missing extends RuntimeException {
    Missing() {
      super(null, null, false, false);
    }
  }

  private <T> T req(
      Node parent, Map<String, Node> f, String key, String at, Function<String, T> p) {
    if (!f.containsKey(key)) {
      problem(parent, at + "." + key, "required field is missing");
      throw new Missing();
    }
    return convert(f.get(key), at + "." + key, p);
  }

  private <T> T opt(Map<String, Node> f, String key, String at, Function<String, T> p) {
    return f.containsKey(key) ? convert(f.get(key), at + "." + key, p) : null;
  }

  private <T> T convert(Node node, String path, Function<String, T> parse) {
    String t = text(node, path);
    if (t == null) {
      throw new Missing();
    }
    try {
      return parse.apply(t);
    } catch (NumberFormatException e) {
      problem(node, path, "not a number: '" + t + "'");
    } catch (java.time.format.DateTimeParseException e) {
      problem(node, path, "not a valid date or time: '" + t + "'");
    } catch (IllegalArgumentException e) {
      problem(node, path, e.getMessage());
    }
    throw new Missing();
  }

  private String text(Node node, String path) {
    if (node instanceof ScalarNode s && !s.getValue().isEmpty()) {
      return s.getValue();
    }
    problem(node, path, "expected a single value");
    return null;
  }

  private Map<String, Node> mapping(Node node, String path, Set<String> allowed) {
    if (!(node instanceof MappingNode map)) {
      problem(node, path, "expected a mapping of fields");
      return null;
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      String field = path.isEmpty() ? k : path + "." + k;
      if (!allowed.contains(k)) {
        problem(
            t.getKeyNode(),
            field,
            "unknown field (allowed: " + String.join(", ", sorted(allowed)) + ")");
      } else if (out.put(k, t.getValueNode()) != null) {
        problem(t.getKeyNode(), field, "duplicate key");
      }
    }
    return out;
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  private void problem(Node node, String field, String reason) {
    problems.add(new PlantFileException.Problem(file, line(node), field, reason));
  }
}
