package io.tally.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An accepted schedule: who accepted it when, its metrics, jobs, changeovers and late orders. */
public record AcceptedSchedule(
    String id,
    LocalDate from,
    Instant acceptedAt,
    String acceptedBy,
    long ledgerSeq,
    Map<String, Object> metrics,
    List<Map<String, Object>> jobs,
    List<Map<String, Object>> changeovers,
    List<Map<String, Object>> lateOrders) {}
