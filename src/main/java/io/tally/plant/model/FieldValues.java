package io.tally.plant.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reading single fields of a plant file: a scalar converted or a record built, a refusal turned
 * into a problem at its place in the document.
 */
final class FieldValues {
  private final YamlNode.Problems problems;

  FieldValues(YamlNode.Problems problems) {
    this.problems = problems;
  }

  <T> List<T> list(java.util.Optional<YamlNode> node, Function<YamlNode, T> item) {
    return node.map(n -> list(n, item)).orElse(List.of());
  }

  <T> List<T> list(YamlNode node, Function<YamlNode, T> item) {
    List<T> out = new ArrayList<>();
    for (YamlNode n : node.items()) {
      T t = item.apply(n);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** Converts a scalar, turning a refused value into a problem at its place. */
  <T> T value(YamlNode node, Function<String, T> parse) {
    String text = node.text();
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      node.problem(reason(e, text));
      return null;
    }
  }

  static String reason(RuntimeException e, String text) {
    if (e instanceof NumberFormatException) {
      return "not a number: '" + text + "'";
    }
    if (e instanceof java.time.format.DateTimeParseException) {
      return "not a valid date or time: '" + text + "'";
    }
    return e.getMessage();
  }

  /** Builds a record, turning a refused combination into a problem at the node. */
  <T> T build(YamlNode node, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      if (problems.isEmpty() || !(e instanceof NullPointerException)) {
        node.problem(e.getMessage() == null ? "incomplete" : e.getMessage());
      }
      return null;
    }
  }

  Double positive(YamlNode node) {
    return value(
        node,
        t -> {
          double v = Double.parseDouble(t);
          if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("must be a positive number, got " + t);
          }
          return v;
        });
  }

  Long positiveLong(YamlNode node) {
    return value(
        node,
        t -> {
          long v = Long.parseLong(t);
          if (v <= 0) {
            throw new IllegalArgumentException("must be a positive whole number, got " + t);
          }
          return v;
        });
  }

  Integer nonNegativeInt(YamlNode node) {
    return value(
        node,
        t -> {
          int v = Integer.parseInt(t);
          if (v < 0) {
            throw new IllegalArgumentException("must not be negative, got " + t);
          }
          return v;
        });
  }
}
