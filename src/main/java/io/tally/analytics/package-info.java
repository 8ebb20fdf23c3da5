/** Performance analysis: ISO 22400 time elements, KPIs, OEE and output against the nameplate. */
@NullMarked
package io.tally.analytics;

import org.jspecify.annotations.NullMarked;
