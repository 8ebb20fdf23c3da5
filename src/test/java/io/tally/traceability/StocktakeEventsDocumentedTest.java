package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.ledger.Event;
import io.tally.ledger.Events;
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
 * docs/events.md lists each stocktake and stock correction event under its type name with its
 * fields in order.
 */
class StocktakeEventsDocumentedTest {
  static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| \\{([^}]*)}", Pattern.MULTILINE);

  @Test
  void everyStocktakeAndStockCorrectionEventIsDocumentedWithItsFieldsInOrder() throws IOException {
    Map<String, List<String>> documented = new TreeMap<>();
    Matcher m = ROW.matcher(Files.readString(Path.of("docs", "events.md")));
    while (m.find()) {
      documented.put(
          m.group(1),
          Arrays.stream(m.group(2).split(",")).map(f -> f.strip().split("[ (]")[0]).toList());
    }
    Map<String, List<String>> records = new TreeMap<>();
    for (Class<?> c : StocktakeEvent.class.getPermittedSubclasses()) {
      records.put(
          Events.typeOf(c.asSubclass(Event.class)),
          Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList());
    }
    assertThat(records).hasSize(7);
    for (Class<?> c : StockCorrectionEvent.class.getPermittedSubclasses()) {
      records.put(
          Events.typeOf(c.asSubclass(Event.class)),
          Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList());
    }
    assertThat(records).hasSize(11);
    assertThat(documented).containsAllEntriesOf(records);
  }
}
