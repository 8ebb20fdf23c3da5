package io.tally.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.Events;
import io.tally.orders.Authorisation;
import io.tally.orders.AuthorisationStatus;
import io.tally.orders.CustomerOrder;
import io.tally.orders.OrderStatus;
import io.tally.traceability.ShipmentEvent.ShipmentDispatched;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A shipment's life: each verb applies in its status only, refuses naming the status, and yields
 * the event the ledger has always held for it (the same fields and values as the maps written
 * before the events were records).
 */
class ShipmentTest {
  static final Actor CLERK = new Actor("wh-ann");
  static final Actor SECOND = new Actor("wh-bob");
  static final ShipmentView.Line BOX = new ShipmentView.Line("LOT-1", 20, "FG", "SSCC-1");
  static final ShipmentView.Line LOOSE = new ShipmentView.Line("LOT-1", 1_000, "FG", null);

  static Shipment in(ShipmentStatus status) {
    return Shipment.of(
        new ShipmentView(
            "SH-1",
            "ARMY",
            "A-1",
            "762x39-BALL-SC",
            1_020,
            status,
            CLERK.name(),
            7,
            null,
            null,
            null,
            List.of(BOX, LOOSE)));
  }

  static CommandRejected refusal(Runnable verb) {
    try {
      verb.run();
    } catch (CommandRejected e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aShipmentIsCreatedForTheAuthorisationsCustomerWithinWhatItHasRemaining() {
    assertThat(
            Shipment.create("SH-1", "ARMY", authorisation(1_020), List.of(BOX, LOOSE)).quantity())
        .isEqualTo(1_020);
    CommandRejected other =
        refusal(() -> Shipment.create("SH-1", "POLICE", authorisation(5_000), List.of(BOX)));
    assertThat(other.field()).isEqualTo("customer");
    assertThat(other.getMessage()).isEqualTo("authorisation A-1 is for customer ARMY, not POLICE");
    assertThat(
            refusal(
                    () ->
                        Shipment.create("SH-1", "ARMY", authorisation(1_000), List.of(BOX, LOOSE)))
                .getMessage())
        .isEqualTo("the shipment holds 1020 rounds; authorisation A-1 has 1000 of 50000 remaining");
  }

  @Test
  void aSecondPersonApprovesACreatedShipmentButNotItsCreator() {
    assertThat(in(ShipmentStatus.CREATED).approve(SECOND))
        .isEqualTo(new ShipmentEvent.ShipmentApproved("SH-1", "wh-bob"));
    CommandRejected own = refusal(() -> in(ShipmentStatus.CREATED).approve(CLERK));
    assertThat(own.field()).isEqualTo("approver");
    assertThat(own.getMessage())
        .isEqualTo("wh-ann created shipment SH-1; a second person must approve it");
    assertThat(refusal(() -> in(ShipmentStatus.APPROVED).approve(SECOND)).getMessage())
        .isEqualTo("shipment SH-1 is APPROVED, not awaiting approval");
  }

  @Test
  void onlyAnApprovedShipmentIsDispatchedNamingEachUnitOnce() {
    ShipmentDispatched dispatched = in(ShipmentStatus.APPROVED).dispatch();
    assertThat(dispatched.units()).containsExactly("SSCC-1");
    for (ShipmentStatus s : List.of(ShipmentStatus.CREATED, ShipmentStatus.DISPATCHED)) {
      CommandRejected e = refusal(() -> in(s).dispatch());
      assertThat(e.kind()).isEqualTo(CommandRejected.Kind.CONFLICT);
      assertThat(e.getMessage())
          .isEqualTo("shipment SH-1 is " + s + "; only an approved shipment is dispatched");
    }
  }

  @Test
  void onlyAShipmentNotYetDispatchedIsCancelled() {
    assertThat(in(ShipmentStatus.APPROVED).cancel("customer withdrew"))
        .isEqualTo(new ShipmentEvent.ShipmentCancelled("SH-1", "A-1", 1_020, "customer withdrew"));
    for (ShipmentStatus s :
        List.of(ShipmentStatus.DISPATCHED, ShipmentStatus.RECEIVED, ShipmentStatus.CANCELLED)) {
      assertThat(refusal(() -> in(s).cancel("late")).getMessage())
          .isEqualTo("shipment SH-1 is " + s + "; only one not yet dispatched is cancelled");
    }
  }

  @Test
  void onlyAShipmentInTransitIsReceived() {
    LocalDate day = LocalDate.of(2026, 11, 2);
    assertThat(in(ShipmentStatus.DISPATCHED).receive(day, "Sgt Kay", "GR-9").receivedOn())
        .isEqualTo(day);
    assertThat(refusal(() -> in(ShipmentStatus.RECEIVED).receive(day, "K", "GR")).getMessage())
        .isEqualTo("shipment SH-1 is RECEIVED; only one in transit is received");
  }

  @Test
  void onlyAShippedShipmentIsLinkedToAnOpenOrderOfItsCustomerAndProductAwaitingItsRounds() {
    CustomerOrder open = order("ARMY", OrderStatus.OPEN, 5_000, 0);
    assertThat(in(ShipmentStatus.RECEIVED).linkTo(open))
        .isEqualTo(new ShipmentEvent.ShipmentLinkedToOrder("SH-1", "O-1", 1_020));
    assertThat(refusal(() -> in(ShipmentStatus.APPROVED).linkTo(open)).getMessage())
        .isEqualTo("shipment SH-1 is APPROVED; only a dispatched one is linked");
    assertThat(
            refusal(
                    () ->
                        in(ShipmentStatus.DISPATCHED)
                            .linkTo(order("POLICE", OrderStatus.OPEN, 5_000, 0)))
                .getMessage())
        .startsWith("order O-1 is for POLICE, 762x39-BALL-SC; shipment SH-1 went to ARMY");
    assertThat(
            refusal(
                    () ->
                        in(ShipmentStatus.DISPATCHED)
                            .linkTo(order("ARMY", OrderStatus.OPEN, 5_000, 4_000)))
                .getMessage())
        .isEqualTo("order O-1 awaits 1000 rounds; shipment SH-1 holds 1020");
    assertThat(
            refusal(
                    () ->
                        in(ShipmentStatus.DISPATCHED)
                            .linkTo(order("ARMY", OrderStatus.CLOSED, 5_000, 0)))
                .getMessage())
        .isEqualTo("order O-1 is CLOSED");
  }

  @Test
  void theEventsWriteTheFieldsAndValuesTheLedgerHeldAsMaps() {
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("shipment", "SH-1");
    created.put("customer", "ARMY");
    created.put("authorisation", "A-1");
    created.put("product", "762x39-BALL-SC");
    created.put("quantity", 1_020L);
    created.put("lines", lines());
    assertThat(
            Events.payload(
                new ShipmentEvent.ShipmentCreated(
                    "SH-1",
                    "ARMY",
                    "A-1",
                    "762x39-BALL-SC",
                    1_020,
                    ShipmentEvent.Line.of(List.of(BOX, LOOSE)))))
        .isEqualTo(created);

    Map<String, Object> dispatched = new LinkedHashMap<>();
    dispatched.put("shipment", "SH-1");
    dispatched.put("customer", "ARMY");
    dispatched.put("authorisation", "A-1");
    dispatched.put("lines", lines());
    dispatched.put("units", List.of("SSCC-1"));
    assertThat(Events.payload(in(ShipmentStatus.APPROVED).dispatch())).isEqualTo(dispatched);

    assertThat(
            Events.payload(
                in(ShipmentStatus.DISPATCHED).receive(LocalDate.of(2026, 11, 2), "K", "GR-9")))
        .isEqualTo(
            Map.of(
                "shipment",
                "SH-1",
                "receivedOn",
                "2026-11-02",
                "receivedBy",
                "K",
                "document",
                "GR-9"));
    assertThat(Events.payload(in(ShipmentStatus.CREATED).approve(SECOND)))
        .isEqualTo(Map.of("shipment", "SH-1", "approvedBy", "wh-bob"));
    assertThat(Events.typeOf(ShipmentDispatched.class)).isEqualTo(TraceEvents.SHIPMENT_DISPATCHED);
  }

  private static List<Map<String, Object>> lines() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ShipmentView.Line l : Arrays.asList(BOX, LOOSE)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lot", l.lot());
      m.put("quantity", l.quantity());
      m.put("location", l.location());
      m.put("unit", l.unit());
      out.add(m);
    }
    return out;
  }

  private static CustomerOrder order(
      String customer, OrderStatus status, long quantity, long shipped) {
    return new CustomerOrder(
        "O-1",
        customer,
        "A-1",
        "762x39-BALL-SC",
        quantity,
        LocalDate.of(2026, 12, 1),
        2,
        status,
        3,
        shipped);
  }

  private static Authorisation authorisation(long remaining) {
    return new Authorisation(
        "A-1",
        "ARMY",
        "762x39-BALL-SC",
        50_000,
        50_000 - remaining,
        remaining,
        0,
        50_000,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        "DOC-1",
        2,
        AuthorisationStatus.ACTIVE);
  }
}
