/** Orders: customers, their authorisations (what they may receive), and their orders. */
@NullMarked
package io.tally.orders;

import org.jspecify.annotations.NullMarked;
