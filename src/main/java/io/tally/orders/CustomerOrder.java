package io.tally.orders;

import java.time.LocalDate;

/**
 * An order as recorded: whose, under which authorisation, what, how many, by when, how urgent; its
 * status (OPEN, FULFILLED, CLOSED) and the rounds dispatched to it by the shipments linked to it.
 */
public record CustomerOrder(
    String id,
    String customer,
    String authorisation,
    String product,
    long quantity,
    LocalDate due,
    int priority,
    OrderStatus status,
    long ledgerSeq,
    long shipped) {}
