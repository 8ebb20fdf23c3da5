package io.tally.machines;

import io.tally.input.Text;
import jakarta.validation.constraints.NotNull;

/** A person's decision on a held counter jump: confirm (book it) or refuse (skip it), and why. */
public record JumpDecision(@NotNull Boolean confirm, @NotNull @Text(max = 500) String reason) {}
