/**
 * Periods: monthly statements of stock and authorisations in plant time, their closing by an
 * auditor, and the one check every module asks before it books into a past month.
 */
@NullMarked
package io.tally.periods;

import org.jspecify.annotations.NullMarked;
