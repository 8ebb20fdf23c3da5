-- Corrections of component consumptions and of moves (traceability, issue 18), and the KPI count
-- rows that come from count corrections (analytics). Read models only: the ledger holds the facts.

-- A correction of a ComponentsConsumed (kind CONSUMPTION) or of a PackagingUnitMoved or StockMoved
-- (kind MOVE). A consumption's subject is its component lot, lot the finished lot, from_location
-- where it was consumed, was_quantity and quantity the units before and after. A move's subject is
-- the unit's SSCC or the lot moved; from_location is where the move put it, to_location where the
-- correction puts it, quantity what moved.
CREATE TABLE stock_correction (
  seq             BIGINT       NOT NULL PRIMARY KEY,
  corrects        BIGINT       NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  material        VARCHAR(16),
  subject         VARCHAR(64)  NOT NULL,
  lot             VARCHAR(64),
  from_location   VARCHAR(32)  NOT NULL,
  to_location     VARCHAR(32),
  was_quantity    BIGINT       NOT NULL,
  quantity        BIGINT       NOT NULL,
  quantity_change BIGINT       NOT NULL,
  voided          BOOLEAN      NOT NULL,
  reason          VARCHAR(400) NOT NULL,
  actor           VARCHAR(64)  NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  approved_by     VARCHAR(64),
  approved_seq    BIGINT,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stock_correction_corrects ON stock_correction (corrects);
CREATE INDEX stock_correction_lot ON stock_correction (lot);
CREATE INDEX stock_correction_subject ON stock_correction (subject);

-- A KPI count row that is a count correction's change (not a report as first recorded).
ALTER TABLE kpi_count ADD COLUMN correction BOOLEAN DEFAULT FALSE NOT NULL;
