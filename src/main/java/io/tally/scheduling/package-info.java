/** Scheduling: turns orders into a finite-capacity plan per line, with metrics and lower bounds. */
@NullMarked
package io.tally.scheduling;

import org.jspecify.annotations.NullMarked;
