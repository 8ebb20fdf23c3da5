/**
 * GS1 element strings as a keyboard-wedge scanner sends them and as a GS1-128 label carries them: a
 * pure core (no Spring) of application identifiers, check digits and the parser that refuses a
 * malformed scan with a message naming what is wrong.
 */
@org.springframework.modulith.NamedInterface("gs1")
@NullMarked
package io.tally.input.gs1;

import org.jspecify.annotations.NullMarked;
