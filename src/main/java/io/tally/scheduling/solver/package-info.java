/**
 * The pure scheduling core: the indexed problem, our own construction and local search, the
 * evaluators and lower bounds, the plan entry point (the makespan benchmark's is in the tests). No
 * Spring in here.
 */
@org.springframework.modulith.NamedInterface("solver")
@NullMarked
package io.tally.scheduling.solver;

import org.jspecify.annotations.NullMarked;
