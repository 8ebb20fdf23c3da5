/**
 * Machines: a line's PLC as the source of its counts, states and stops, over MQTT, Sparkplug B or
 * OPC UA, booked exactly once through the command path (docs/machines.md).
 */
@NullMarked
package io.tally.machines;

import org.jspecify.annotations.NullMarked;
