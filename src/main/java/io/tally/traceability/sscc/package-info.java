/** GS1 serial shipping container codes: a pure core (no Spring) of SSCC values and check digits. */
@org.springframework.modulith.NamedInterface("sscc")
@NullMarked
package io.tally.traceability.sscc;

import org.jspecify.annotations.NullMarked;
