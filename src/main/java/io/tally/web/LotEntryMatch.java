package io.tally.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a ledger entry is about a lot page's subject: the looked-up id stands in a field that
 * holds a lot number, an SSCC or a component lot, at any depth of the payload (a shipment's lines,
 * a unit's contents). An id that only appears as a name, a reason or a note does not count, so a
 * component lot named like a user does not bring that user's entries onto the page.
 */
final class LotEntryMatch {
  /** The payload fields that hold a lot, SSCC or component lot (docs/events.md). */
  static final Set<String> SUBJECT_FIELDS =
      Set.of("lot", "newLot", "componentLot", "sscc", "unit", "units", "fromParent", "toParent");

  private LotEntryMatch() {}

  static boolean names(Map<String, ?> payload, String id) {
    for (Map.Entry<String, ?> field : payload.entrySet()) {
      Object value = field.getValue();
      if (SUBJECT_FIELDS.contains(field.getKey()) && holds(value, id)) {
        return true;
      }
      if (nested(value, id)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(Object value, String id) {
    return id.equals(value) || (value instanceof List<?> list && list.contains(id));
  }

  @SuppressWarnings("unchecked")
  private static boolean nested(Object value, String id) {
    if (value instanceof Map<?, ?> map) {
      return names((Map<String, ?>) map, id);
    }
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(v -> nested(v, id));
    }
    return false;
  }
}
