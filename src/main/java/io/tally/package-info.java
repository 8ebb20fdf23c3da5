/** Tally: a manufacturing execution system with a hash-chained, signed ledger of every fact. */
@NullMarked
package io.tally;

import org.jspecify.annotations.NullMarked;
