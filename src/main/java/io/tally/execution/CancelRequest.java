package io.tally.execution;

import io.tally.input.Text;

/** Why a planner cancels a work order no run has started. */
record CancelRequest(@Text String reason) {}
