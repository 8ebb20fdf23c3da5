/** The plant model: a pure core (no Spring) of stages, lines, products, calendars and capacity. */
@org.springframework.modulith.NamedInterface("model")
package io.tally.plant.model;
