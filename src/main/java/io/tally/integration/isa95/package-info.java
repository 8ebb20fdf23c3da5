/**
 * ISA-95 exchange in B2MML V0600 (namespace {@code http://www.mesa.org/xml/B2MML-V0600}): the
 * accepted plan as a {@code ProductionSchedule}, recorded production per run and lot as a {@code
 * ProductionPerformance}, finished lots with their genealogy as {@code MaterialInformation} of
 * {@code MaterialLot}s, and customer orders read from a {@code ProductionSchedule} request.
 */
@org.springframework.modulith.NamedInterface("isa95")
@NullMarked
package io.tally.integration.isa95;

import org.jspecify.annotations.NullMarked;
