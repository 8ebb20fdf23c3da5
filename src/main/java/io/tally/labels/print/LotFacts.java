package io.tally.labels.print;

import java.time.LocalDate;

/** What a lot label states: the lot, its product and line, its good count and production day. */
public record LotFacts(
    String lot, String product, String productName, String line, long good, LocalDate produced) {}
