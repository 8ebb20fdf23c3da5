/** The plant: its file, stages, lines and their lifecycle, acceptance acts, nameplate capacity. */
@NullMarked
package io.tally.plant;

import org.jspecify.annotations.NullMarked;
