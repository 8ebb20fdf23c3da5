package io.tally.scheduling.solver;

import io.tally.plant.model.LineId;
import io.tally.plant.model.ProductCode;
import java.time.LocalDateTime;

/** A changeover on a line between two products; {@code minutes} is working time. */
public record Changeover(
    LineId line,
    LocalDateTime start,
    LocalDateTime end,
    ProductCode from,
    ProductCode to,
    int minutes) {}
