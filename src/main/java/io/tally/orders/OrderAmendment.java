package io.tally.orders;

import java.time.LocalDate;

/** A change to an open order: its quantity and its due day (either may be left out), and why. */
public record OrderAmendment(Long quantity, LocalDate due, String reason) {}
