package io.tally.plant.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node with its path in the document ({@code lines[2].capabilities[0]}) and its line, so
 * that every problem can be reported where it is. Problems are collected, not thrown, so a file is
 * reported whole.
 */
final class YamlNode {
  private final Node node;
  private final String path;
  private final Problems problems;

  YamlNode(Node node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  String path() {
    return path;
  }

  int line() {
    return node.getStartMark().getLine() + 1;
  }

  void problem(String reason) {
    problems.add(line(), path, reason);
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  Optional<YamlNode> get(String key) {
    if (!(node instanceof MappingNode map)) {
      return Optional.empty();
    }
    for (NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return Optional.of(new YamlNode(t.getValueNode(), child(key), problems));
      }
    }
    return Optional.empty();
  }

  /** Checks this is a mapping, reports duplicate keys and keys that are not in the allowed set. */
  boolean checkMapping(String... allowed) {
    if (!(node instanceof MappingNode map)) {
      problem("expected a mapping of fields");
      return false;
    }
    List<String> seen = new ArrayList<>();
    for (NodeTuple t : map.getValue()) {
      String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      int line = t.getKeyNode().getStartMark().getLine() + 1;
      if (seen.contains(k)) {
        problems.add(line, child(k), "duplicate key");
      }
      seen.add(k);
      if (!List.of(allowed).contains(k)) {
        problems.add(line, child(k), "unknown field (allowed: " + String.join(", ", allowed) + ")");
      }
    }
    return true;
  }

  YamlNode required(String key) {
    return get(key)
        .orElseGet(
            () -> {
              problems.add(line(), child(key), "required field is missing");
              return new YamlNode(
                      new ScalarNode(
                          org.yaml.snakeyaml.nodes.Tag.NULL,
                          "",
                          node.getStartMark(),
                          node.getEndMark(),
                          org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN),
                      child(key),
                      problems)
                  .missing();
            });
  }

  private boolean missing;

  private YamlNode missing() {
    this.missing = true;
    return this;
  }

  boolean isMissing() {
    return missing;
  }

  /** The scalar text, or null (with a problem) when it is not a scalar. */
  String text() {
    if (missing) {
      return null;
    }
    if (node instanceof ScalarNode s) {
      if (s.getTag() == org.yaml.snakeyaml.nodes.Tag.NULL || s.getValue().isEmpty()) {
        problem("a value is required");
        return null;
      }
      return s.getValue();
    }
    problem("expected a single value");
    return null;
  }

  List<YamlNode> items() {
    if (missing) {
      return List.of();
    }
    if (!(node instanceof SequenceNode seq)) {
      problem("expected a list");
      return List.of();
    }
    List<YamlNode> out = new ArrayList<>();
    for (int i = 0; i < seq.getValue().size(); i++) {
      out.add(new YamlNode(seq.getValue().get(i), path + "[" + i + "]", problems));
    }
    return out;
  }

  /** Problems found in one file, in document order. */
  static final class Problems {
    private final String file;
    private final List<PlantFileException.Problem> list = new ArrayList<>();

    Problems(String file) {
      this.file = file;
    }

    void add(int line, String field, String reason) {
      list.add(new PlantFileException.Problem(file, line, field, reason));
    }

    boolean isEmpty() {
      return list.isEmpty();
    }

    List<PlantFileException.Problem> list() {
      return list;
    }
  }
}
