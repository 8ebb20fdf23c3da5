package io.tally.plant.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two plants field by field. Each plant is flattened into paths and values: a record by
 * its components, a list of records by the id each item begins with (its position when those are
 * not unique), a map by its keys, and anything else, sets and lists of plain values included, as
 * one value. Naming items by id means a reordered file has no differences and a changed AQL is
 * reported under its product and class, not under a position.
 */
public final class PlantDiff {
  private PlantDiff() {}

  /** The fields that differ, in the order of the old plant, then fields only the new one has. */
  public static List<PlantDifference> between(Plant old, Plant changed) {
    Map<String, String> before = flatten(old);
    Map<String, String> after = flatten(changed);
    Set<String> paths = new LinkedHashSet<>(before.keySet());
    paths.addAll(after.keySet());
    List<PlantDifference> out = new ArrayList<>();
    for (String path : paths) {
      String a = before.get(path);
      String b = after.get(path);
      if (!Objects.equals(a, b)) {
        out.add(new PlantDifference(path, a, b));
      }
    }
    return out;
  }

  static Map<String, String> flatten(Plant plant) {
    Map<String, String> out = new LinkedHashMap<>();
    walk("", plant, out);
    return out;
  }

  private static void walk(String path, Object value, Map<String, String> out) {
    if (value instanceof Record r && !isId(r)) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        walk(path.isEmpty() ? c.getName() : path + "." + c.getName(), read(c, r), out);
      }
    } else if (value instanceof List<?> list
        && list.stream().anyMatch(i -> i instanceof Record item && !isId(item))) {
      List<String> keys = keys(list);
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + keys.get(i) + "]", list.get(i), out);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.entrySet().stream()
          .sorted((x, y) -> scalar(x.getKey()).compareTo(scalar(y.getKey())))
          .forEach(e -> walk(path + "[" + scalar(e.getKey()) + "]", e.getValue(), out));
    } else if (value instanceof Collection<?> items) {
      List<String> texts = new ArrayList<>(items.stream().map(PlantDiff::scalar).toList());
      if (value instanceof Set<?>) {
        texts.sort(String::compareTo);
      }
      out.put(path, texts.toString());
    } else if (value != null) {
      out.put(path, scalar(value));
    }
  }

  /** Each item's id (its first component), or every item's position when ids repeat. */
  private static List<String> keys(List<?> list) {
    List<String> ids = new ArrayList<>();
    for (Object item : list) {
      Object first = null;
      if (item instanceof Record r && r.getClass().getRecordComponents().length > 0) {
        first = read(r.getClass().getRecordComponents()[0], r);
      }
      ids.add(
          first instanceof Record id && isId(id) || first instanceof String ? scalar(first) : null);
    }
    if (ids.contains(null) || new HashSet<>(ids).size() != ids.size()) {
      ids.clear();
      for (int i = 0; i < list.size(); i++) {
        ids.add(String.valueOf(i));
      }
    }
    return ids;
  }

  /** An id type: a record of one text component, written as that text. */
  private static boolean isId(Record r) {
    RecordComponent[] cs = r.getClass().getRecordComponents();
    return cs.length == 1 && cs[0].getType() == String.class;
  }

  private static String scalar(Object value) {
    if (value instanceof Record r && isId(r)) {
      return String.valueOf(read(r.getClass().getRecordComponents()[0], r));
    }
    return String.valueOf(value);
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r, e);
    }
  }
}
