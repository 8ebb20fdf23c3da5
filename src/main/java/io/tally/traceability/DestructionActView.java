package io.tally.traceability;

import java.time.LocalDate;
import java.util.List;

/** A recorded destruction act and the rounds it destroyed, lot by lot. */
public record DestructionActView(
    String act,
    LocalDate date,
    String place,
    String method,
    List<String> witnesses,
    String document,
    long quantity,
    String recordedBy,
    List<ScrapEvent.Taken> lines) {}
