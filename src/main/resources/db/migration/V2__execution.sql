-- Execution's projections (rebuilt from the ledger by replay): work orders, runs, lots, stops.

CREATE TABLE work_order (
  id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  line           VARCHAR(64)  NOT NULL,
  product        VARCHAR(64)  NOT NULL,
  quantity       BIGINT       NOT NULL,
  planned_start  TIMESTAMP WITH TIME ZONE NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  good           BIGINT       NOT NULL,
  entered_seq    BIGINT       NOT NULL
);
CREATE INDEX work_order_line ON work_order (line, status, planned_start);

CREATE TABLE production_run (
  run          VARCHAR(32)  NOT NULL PRIMARY KEY,
  line         VARCHAR(64)  NOT NULL,
  product      VARCHAR(64)  NOT NULL,
  work_order   VARCHAR(64),
  current_lot  VARCHAR(16),
  good         BIGINT       NOT NULL,
  scrap        BIGINT       NOT NULL,
  started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at     TIMESTAMP WITH TIME ZONE,
  started_seq  BIGINT       NOT NULL
);
CREATE INDEX production_run_line ON production_run (line, ended_at);

CREATE TABLE production_lot (
  lot          VARCHAR(16)  NOT NULL PRIMARY KEY,
  product      VARCHAR(64)  NOT NULL,
  line         VARCHAR(64)  NOT NULL,
  run          VARCHAR(32)  NOT NULL,
  interfix     INT          NOT NULL,
  lot_year     INT          NOT NULL,
  lot_sequence INT          NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  good         BIGINT       NOT NULL,
  scrap        BIGINT       NOT NULL,
  opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at    TIMESTAMP WITH TIME ZONE,
  close_rule   VARCHAR(16),
  opened_seq   BIGINT       NOT NULL,
  CONSTRAINT production_lot_sequence UNIQUE (interfix, lot_year, lot_sequence)
);
CREATE INDEX production_lot_line ON production_lot (line, status);

CREATE TABLE line_stop (
  stop         VARCHAR(32)  NOT NULL PRIMARY KEY,
  line         VARCHAR(64)  NOT NULL,
  reason       VARCHAR(64)  NOT NULL,
  category     VARCHAR(16)  NOT NULL,
  started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at     TIMESTAMP WITH TIME ZONE,
  started_seq  BIGINT       NOT NULL
);
CREATE INDEX line_stop_line ON line_stop (line, ended_at);
