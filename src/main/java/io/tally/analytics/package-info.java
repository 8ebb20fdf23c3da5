/** Performance analysis: ISO 22400 time elements, KPIs, OEE and output against the nameplate. */
package io.tally.analytics;
