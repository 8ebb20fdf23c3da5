package io.tally.demo;

/** What a demo made: runs, count reports, stops, lots, releases, component lots and shipments. */
public record DemoSummary(
    long runs,
    long counts,
    long stops,
    long lots,
    long released,
    long concessions,
    long componentLots,
    long shipments) {}
