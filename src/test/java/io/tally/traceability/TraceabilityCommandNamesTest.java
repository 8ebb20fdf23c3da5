package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.CommandName;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The names the commands moved onto the command path bind their idempotency keys to are the names
 * they had before: a key stored under the old name still answers with its first answer.
 */
class TraceabilityCommandNamesTest {

  @Test
  void eachCommandKeepsTheNameItsStoredKeysWereRecordedUnder() {
    Map<Class<?>, String> names = new LinkedHashMap<>();
    names.put(ComponentRequests.Issue.class, "component.issue");
    names.put(ComponentRequests.Consumption.class, "component.consume");
    names.put(ComponentRequests.Scrap.class, "component.scrap");
    names.put(MoveRequest.class, "stock.move");
    names.put(PackagingRequests.Pack.class, "units.pack");
    names.put(PackagingRequests.Aggregate.class, "units.aggregate");
    names.put(PackagingRequests.Repack.class, "units.repack");
    names.put(PackagingRequests.Split.class, "units.split");
    names.put(PackagingRequests.Move.class, "units.move");
    names.put(ShipmentRequest.class, "shipment.create");
    names.put(ShipmentCommands.Approve.class, "shipment.approve");
    names.put(ShipmentCommands.Dispatch.class, "shipment.dispatch");
    names.put(ShipmentCommands.Cancel.class, "shipment.cancel");
    names.put(ShipmentCommands.Receive.class, "shipment.receive");
    names.put(ShipmentCommands.Link.class, "shipment.link");
    names.forEach(
        (type, name) ->
            assertThat(type.getAnnotation(CommandName.class))
                .as(type.getName())
                .extracting(CommandName::value)
                .isEqualTo(name));
  }
}
