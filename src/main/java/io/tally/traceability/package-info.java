/** Traceability: genealogy, packaging units, inventory, shipments and reconciliation of lots. */
@NullMarked
package io.tally.traceability;

import org.jspecify.annotations.NullMarked;
