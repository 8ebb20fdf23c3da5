/** Traceability: genealogy, packaging units, inventory, shipments and reconciliation of lots. */
package io.tally.traceability;
