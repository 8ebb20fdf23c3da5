/** Execution: work orders and dispatch lists, runs, counts, stops and the lots they fill. */
package io.tally.execution;
