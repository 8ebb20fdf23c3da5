/** Execution: work orders and dispatch lists, runs, counts, stops and the lots they fill. */
@NullMarked
package io.tally.execution;

import org.jspecify.annotations.NullMarked;
