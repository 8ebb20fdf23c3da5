package io.tally.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.support.TypedEvents;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/events.md lists each event record under its type name with its payload fields in the
 * record's order: the contract other modules read is the one the code writes.
 */
class EventsDocumentedTest {
  static final Pattern LINE = Pattern.compile("^- `(\\w+)`\\s*\\{([^}]*)}", Pattern.MULTILINE);

  @Test
  void everyEventRecordIsDocumentedWithItsFieldsInOrder() throws IOException {
    Map<String, List<String>> documented = new TreeMap<>();
    Matcher m = LINE.matcher(Files.readString(Path.of("docs", "events.md")));
    while (m.find()) {
      documented.put(
          m.group(1),
          Arrays.stream(m.group(2).split(",")).map(f -> f.strip().split("[ (:\\[]")[0]).toList());
    }
    Map<String, List<String>> records = new TreeMap<>();
    TypedEvents.byType()
        .forEach(
            (type, record) ->
                records.put(
                    type,
                    Arrays.stream(record.getRecordComponents())
                        .map(EventsDocumentedTest::fieldName)
                        .toList()));
    assertThat(records).containsKeys("RunStarted", "UserAdded");
    assertThat(documented).containsAllEntriesOf(records);
  }

  private static String fieldName(RecordComponent c) {
    EventField field = c.getAnnotation(EventField.class);
    return field == null ? c.getName() : field.value();
  }
}
