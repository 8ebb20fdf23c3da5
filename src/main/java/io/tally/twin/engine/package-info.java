/**
 * The simulation kernel, a pure core: event calendar, MRG32k3a random streams, variates, the
 * parallel Monte Carlo runner and its statistics.
 */
@org.springframework.modulith.NamedInterface("engine")
@NullMarked
package io.tally.twin.engine;

import org.jspecify.annotations.NullMarked;
