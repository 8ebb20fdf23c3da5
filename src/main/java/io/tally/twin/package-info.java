/** The digital twin: Monte Carlo discrete-event simulation of the plant to forecast output. */
@NullMarked
package io.tally.twin;

import org.jspecify.annotations.NullMarked;
