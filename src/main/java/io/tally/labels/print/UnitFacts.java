package io.tally.labels.print;

import io.tally.input.gs1.Gtin;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a logistic label states about a packaging unit: its SSCC and level, the product, its GTIN
 * where it has one, the count of units in it, and its lot and production day when it holds one lot
 * only (a mixed unit carries neither).
 */
public record UnitFacts(
    String sscc,
    String level,
    String product,
    String productName,
    @Nullable Gtin gtin,
    long count,
    @Nullable String lot,
    @Nullable LocalDate produced) {}
