/** The plant model: a pure core (no Spring) of stages, lines, products, calendars and capacity. */
@org.springframework.modulith.NamedInterface("model")
@NullMarked
package io.tally.plant.model;

import org.jspecify.annotations.NullMarked;
