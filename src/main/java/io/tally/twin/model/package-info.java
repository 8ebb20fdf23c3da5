/**
 * The plant twin, a pure core: the plant model compiled to line state machines, scenarios, and the
 * forecast built from many replications.
 */
@org.springframework.modulith.NamedInterface("twin-model")
@NullMarked
package io.tally.twin.model;

import org.jspecify.annotations.NullMarked;
