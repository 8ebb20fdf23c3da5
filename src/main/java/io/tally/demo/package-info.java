/**
 * The demo: a plausible stretch of the reference plant's life, made through the other modules'
 * public commands and quality's HTTP API under a simulated clock.
 */
@NullMarked
package io.tally.demo;

import org.jspecify.annotations.NullMarked;
