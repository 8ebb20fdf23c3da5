/** Scheduling: turns orders into a finite-capacity plan per line, with metrics and lower bounds. */
package io.tally.scheduling;
