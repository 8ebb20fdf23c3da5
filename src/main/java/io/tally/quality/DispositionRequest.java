package io.tally.quality;

import io.tally.input.Text;

/** Why a held lot is reworked, scrapped or released by concession. */
record DispositionRequest(@Text String reason) {}
