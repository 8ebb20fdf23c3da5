package io.tally.twin.model;

import io.tally.plant.model.PlantFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reading values out of a scenario file's YAML nodes, with every problem recorded at its file, line
 * and field rather than thrown, so that a file is reported whole.
 */
final class ScenarioYaml {
  private final String file;
  private final List<PlantFileException.Problem> problems = new ArrayList<>();

  ScenarioYaml(String file) {
    this.file = file;
  }

  List<PlantFileException.Problem> problems() {
    return problems;
  }

  /** Thrown when a value was refused and already reported, to skip the change it belongs to. */
  static final class Refused extends RuntimeException {
    Refused() {
      super(null, null, false, false);
    }
  }

  <T> T req(Node parent, Map<String, Node> f, String key, String at, Function<String, T> p) {
    if (!f.containsKey(key)) {
      problem(parent, at + "." + key, "required field is missing");
      throw new Refused();
    }
    return convert(f.get(key), at + "." + key, p);
  }

  <T> T opt(Map<String, Node> f, String key, String at, Function<String, T> p) {
    return f.containsKey(key) ? convert(f.get(key), at + "." + key, p) : null;
  }

  private <T> T convert(Node node, String path, Function<String, T> parse) {
    String t = text(node, path);
    if (t == null) {
      throw new Refused();
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
    throw new Refused();
  }

  String text(Node node, String path) {
    if (node instanceof ScalarNode s && !s.getValue().isEmpty()) {
      return s.getValue();
    }
    problem(node, path, "expected a single value");
    return null;
  }

  Map<String, Node> mapping(Node node, String path, Set<String> allowed) {
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

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  void problem(Node node, String field, String reason) {
    problems.add(new PlantFileException.Problem(file, line(node), field, reason));
  }
}
