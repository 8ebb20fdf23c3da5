package io.tally.traceability;

import org.jspecify.annotations.Nullable;

/**
 * Whether a supplier may deliver a component, and why: the plant file's list ({@code PLANT_FILE})
 * or an admin's approval or withdrawal in the ledger ({@code LEDGER}), which overrides it.
 */
public record SupplierView(
    String component,
    String supplier,
    boolean approved,
    String source,
    @Nullable String changedBy,
    @Nullable String reason) {}
