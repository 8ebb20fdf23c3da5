package io.tally.plant;

/**
 * Published after a line's lifecycle move commits, for modules that must react (scheduling repairs
 * its plan when a line stops or starts taking work).
 */
public record LineStateChanged(String line, String from, String to, boolean takesWork) {}
