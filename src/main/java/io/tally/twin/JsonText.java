package io.tally.twin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the twin's reports: maps, lists, double arrays, strings and numbers. The
 * command line prints through it instead of a full JSON library so that {@code tally simulate}
 * starts in a fraction of a second.
 */
final class JsonText {
  private final StringBuilder out = new StringBuilder(4096);

  private JsonText() {}

  static String write(Object value) {
    JsonText w = new JsonText();
    w.value(value, 0);
    return w.out.toString();
  }

  private void value(Object v, int depth) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(s);
    } else if (v instanceof Double d) {
      number(d);
    } else if (v instanceof Float f) {
      number(f);
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else if (v instanceof double[] a) {
      out.append('[');
      for (int i = 0; i < a.length; i++) {
        out.append(i == 0 ? "" : ", ");
        number(a[i]);
      }
      out.append(']');
    } else if (v instanceof Map<?, ?> m) {
      object(m, depth);
    } else if (v instanceof List<?> l) {
      list(l, depth);
    } else {
      string(v.toString());
    }
  }

  private void object(Map<?, ?> m, int depth) {
    if (m.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      indent(depth + 1);
      string(String.valueOf(e.getKey()));
      out.append(": ");
      value(e.getValue(), depth + 1);
    }
    indent(depth);
    out.append('}');
  }

  private void list(List<?> l, int depth) {
    if (l.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < l.size(); i++) {
      out.append(i == 0 ? "" : ",");
      indent(depth + 1);
      value(l.get(i), depth + 1);
    }
    indent(depth);
    out.append(']');
  }

  private void indent(int depth) {
    out.append('\n');
    out.append("  ".repeat(depth));
  }

  /**
   * Finite numbers in plain notation (no exponent); NaN and infinities, which JSON lacks, as null.
   */
  private void number(double d) {
    if (!Double.isFinite(d)) {
      out.append("null");
    } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      out.append((long) d);
    } else {
      out.append(BigDecimal.valueOf(d).toPlainString());
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
