/** The plant: its file, stages, lines and their lifecycle, acceptance acts, nameplate capacity. */
package io.tally.plant;
