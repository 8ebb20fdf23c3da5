package io.tally.traceability;

import java.time.LocalDate;

/**
 * The consignee's confirmation that a dispatched shipment arrived.
 *
 * @param receivedOn the day it arrived
 * @param receivedBy who signed for it at the consignee
 * @param document the reference of the signed receipt (delivery note, goods receipt)
 */
public record ShipmentReceipt(LocalDate receivedOn, String receivedBy, String document) {}
