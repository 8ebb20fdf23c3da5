package io.tally.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/** What a JSON body's parse failure was about, for a problem that names the field. */
final class JsonFault {
  private JsonFault() {}

  /**
   * The field's path ({@code lines[0].lot}), or else the name the parser was reading when it gave
   * up (a number out of range is found before the object it belongs to), or null.
   */
  static String field(Throwable cause) {
    if (!(cause instanceof JacksonException e)) {
      return null;
    }
    if (!e.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (var ref : e.getPath()) {
        if (ref.getPropertyName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      return path.isEmpty() ? null : path.toString();
    }
    if (e instanceof StreamReadException read && read.processor() != null) {
      return read.processor().currentName();
    }
    return null;
  }

  /** Whether the body broke one of the reader's limits (number length, nesting, name length). */
  static boolean pastALimit(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException) {
        return true;
      }
    }
    return false;
  }
}
