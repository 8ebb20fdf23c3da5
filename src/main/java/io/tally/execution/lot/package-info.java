/**
 * Lot numbers (MIL-STD-1168) and the rules that close a lot: pure values, no Spring, used by the
 * execution module and read by others.
 */
@org.springframework.modulith.NamedInterface("lot")
@NullMarked
package io.tally.execution.lot;

import org.jspecify.annotations.NullMarked;
