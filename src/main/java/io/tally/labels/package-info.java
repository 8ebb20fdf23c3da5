/**
 * Labels: GS1-128 logistic labels for packaging units and lot labels, as PDF, for the packing and
 * lot pages, the API and the command line.
 */
@NullMarked
package io.tally.labels;

import org.jspecify.annotations.NullMarked;
