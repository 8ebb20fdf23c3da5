package io.tally.orders;

import java.time.LocalDate;

/** An order as recorded: whose, under which authorisation, what, how many, by when, how urgent. */
public record CustomerOrder(
    String id,
    String customer,
    String authorisation,
    String product,
    long quantity,
    LocalDate due,
    int priority,
    String status,
    long ledgerSeq) {}
