/**
 * Traceability: genealogy, packaging units, inventory, locations, stocktakes, shipments and
 * reconciliation of lots.
 */
@NullMarked
package io.tally.traceability;

import org.jspecify.annotations.NullMarked;
