/**
 * Acceptance sampling by attributes (ANSI/ASQ Z1.4-2003 single sampling): a pure core, no Spring,
 * of code letters, plans and the switching rules of one inspection stream.
 */
@org.springframework.modulith.NamedInterface("sampling")
@NullMarked
package io.tally.quality.sampling;

import org.jspecify.annotations.NullMarked;
