/**
 * The pure scheduling core: the indexed problem, our own construction and local search, the
 * evaluators and lower bounds, the plan and benchmark entry points. No Spring in here.
 */
@org.springframework.modulith.NamedInterface("solver")
@NullMarked
package io.tally.scheduling.solver;

import org.jspecify.annotations.NullMarked;
