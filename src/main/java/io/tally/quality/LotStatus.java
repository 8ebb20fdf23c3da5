package io.tally.quality;

/**
 * Where a lot stands: execution opens and closes it, quality disposes of it. A closed lot awaits
 * inspection; a held lot awaits rework, scrapping or a concession.
 */
enum LotStatus {
  OPEN,
  CLOSED,
  RELEASED,
  HELD,
  REWORKED,
  SCRAPPED
}
