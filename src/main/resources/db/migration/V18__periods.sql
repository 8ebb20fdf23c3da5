-- Periods: read models filled only by projections of ledger entries (periods).

-- A closed month (PeriodClosed): its entry, who closed it, the figures' SHA-256, the checkpoint.
CREATE TABLE period_close (
  period          VARCHAR(7)   NOT NULL PRIMARY KEY,
  seq             BIGINT       NOT NULL,
  closed_by       VARCHAR(64)  NOT NULL,
  closed_millis   BIGINT       NOT NULL,
  sha256          VARCHAR(64)  NOT NULL,
  checkpoint_size BIGINT       NOT NULL,
  checkpoint_root VARCHAR(64)  NOT NULL
);

-- An entry about a closed month carried into an open one (PeriodCarriedForward).
CREATE TABLE period_carried (
  seq             BIGINT       NOT NULL PRIMARY KEY,
  period          VARCHAR(7)   NOT NULL,
  into_period     VARCHAR(7)   NOT NULL,
  field           VARCHAR(64)  NOT NULL,
  occurred_millis BIGINT       NOT NULL,
  actor           VARCHAR(64)  NOT NULL
);
CREATE INDEX period_carried_into ON period_carried (into_period);
