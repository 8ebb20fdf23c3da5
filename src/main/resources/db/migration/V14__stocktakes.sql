-- Stocktakes: read models filled only by projections of ledger entries (traceability).

-- A count of a location, or of listed units; frozen (no movement in or out) until ADJUSTED or CLOSED.
CREATE TABLE stocktake (
  id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  location        VARCHAR(32),
  status          VARCHAR(16)  NOT NULL,
  opened_by       VARCHAR(64)  NOT NULL,
  opened_seq      BIGINT       NOT NULL,
  differences     INTEGER      NOT NULL,
  first_approver  VARCHAR(64),
  second_approver VARCHAR(64)
);

-- The lines of a count sheet: a unit's rounds of a lot, a lot's loose rounds, or a component lot.
-- book is filled at close, never shown to the counter before it.
CREATE TABLE stocktake_line (
  stocktake  VARCHAR(64)  NOT NULL,
  line_no    INTEGER      NOT NULL,
  kind       VARCHAR(16)  NOT NULL,
  sscc       VARCHAR(18),
  lot        VARCHAR(64)  NOT NULL,
  location   VARCHAR(32)  NOT NULL,
  counted    BIGINT,
  counted_by VARCHAR(64),
  book       BIGINT,
  PRIMARY KEY (stocktake, line_no)
);
CREATE INDEX stocktake_line_sscc ON stocktake_line (sscc);
CREATE INDEX stocktake_line_location ON stocktake_line (location);
