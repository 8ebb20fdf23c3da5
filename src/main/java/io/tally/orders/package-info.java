/** Orders: customers, their authorisations (what they may receive), and their orders. */
package io.tally.orders;
