-- Execution's corrections and late entries (issue 18). Read models only: the ledger holds the facts.

-- Every count report with the figures it carries now: as recorded, and as corrected.
CREATE TABLE count_report (
  seq             BIGINT       NOT NULL PRIMARY KEY,
  run             VARCHAR(32)  NOT NULL,
  lot             VARCHAR(16)  NOT NULL,
  line            VARCHAR(64)  NOT NULL,
  good            BIGINT       NOT NULL,
  scrap           BIGINT       NOT NULL,
  corrected_good  BIGINT       NOT NULL,
  corrected_scrap BIGINT       NOT NULL,
  voided          BOOLEAN      NOT NULL,
  late            BOOLEAN      NOT NULL,
  at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX count_report_lot ON count_report (lot);
CREATE INDEX count_report_run ON count_report (run);

CREATE TABLE count_correction (
  seq          BIGINT       NOT NULL PRIMARY KEY,
  corrects     BIGINT       NOT NULL,
  run          VARCHAR(32)  NOT NULL,
  lot          VARCHAR(16)  NOT NULL,
  line         VARCHAR(64)  NOT NULL,
  good         BIGINT       NOT NULL,
  scrap        BIGINT       NOT NULL,
  good_change  BIGINT       NOT NULL,
  scrap_change BIGINT       NOT NULL,
  voided       BOOLEAN      NOT NULL,
  reason       VARCHAR(400) NOT NULL,
  actor        VARCHAR(64)  NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  approved_by  VARCHAR(64),
  approved_seq BIGINT,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX count_correction_lot ON count_correction (lot);
CREATE INDEX count_correction_run ON count_correction (run);

CREATE TABLE stop_correction (
  seq              BIGINT       NOT NULL PRIMARY KEY,
  corrects         BIGINT       NOT NULL,
  stop             VARCHAR(32)  NOT NULL,
  line             VARCHAR(64)  NOT NULL,
  was_reason       VARCHAR(64)  NOT NULL,
  was_started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  was_ended_at     TIMESTAMP WITH TIME ZONE,
  reason           VARCHAR(64)  NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at         TIMESTAMP WITH TIME ZONE,
  why              VARCHAR(400) NOT NULL,
  actor            VARCHAR(64)  NOT NULL,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stop_correction_line ON stop_correction (line);

ALTER TABLE line_stop ADD COLUMN late BOOLEAN DEFAULT FALSE NOT NULL;
