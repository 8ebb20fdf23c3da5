/**
 * The Timefold constraint model of a plan: mutable planning classes confined here, mapped from and
 * to the solver's indexed problem by {@code TimefoldBridge}. Used to verify the constraints and as
 * an optional engine.
 */
@NullMarked
package io.tally.scheduling.solver.timefold;

import org.jspecify.annotations.NullMarked;
