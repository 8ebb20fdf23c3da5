package io.tally.quality;

/** Why a held lot is reworked, scrapped or released by concession. */
record DispositionRequest(String reason) {}
