package io.tally.quality;

import java.util.List;

/** The plans of every class of a lot's product, lot size being the lot's good quantity. */
record LotPlans(
    String lot,
    String product,
    String line,
    LotStatus status,
    String submission,
    long lotSize,
    List<ClassPlan> plans) {}
