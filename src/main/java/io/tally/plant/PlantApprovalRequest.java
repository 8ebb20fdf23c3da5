package io.tally.plant;

import java.time.LocalDate;

/**
 * An approval of a proposed plant file.
 *
 * @param effective the first day a server may start on the file; today when absent
 */
public record PlantApprovalRequest(LocalDate effective) {}
