/** The digital twin: Monte Carlo discrete-event simulation of the plant to forecast output. */
package io.tally.twin;
