/**
 * The pure KPI core (no Spring): ISO 22400-2 time elements and quantities per line and period,
 * built from execution facts, and the KPIs computed from them.
 */
@org.springframework.modulith.NamedInterface("kpi")
@NullMarked
package io.tally.analytics.kpi;

import org.jspecify.annotations.NullMarked;
