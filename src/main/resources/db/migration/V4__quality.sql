-- Quality: lots as quality sees them, inspections, and inspection streams. All projections,
-- rebuilt from the ledger by replay.

-- A lot from the moment execution opens it until quality disposes of it.
CREATE TABLE quality_lot (
  lot                      VARCHAR(64)   NOT NULL PRIMARY KEY,
  product                  VARCHAR(64)   NOT NULL,
  line                     VARCHAR(64)   NOT NULL,
  status                   VARCHAR(16)   NOT NULL,
  good                     BIGINT        NOT NULL,
  scrap                    BIGINT        NOT NULL,
  consumed                 BIGINT        NOT NULL,
  origin                   VARCHAR(64)   NOT NULL,
  parent                   VARCHAR(64),
  reworks                  INT           NOT NULL,
  submission               VARCHAR(16)   NOT NULL,
  closed_at                TIMESTAMP WITH TIME ZONE,
  closed_seq               BIGINT,
  reason                   VARCHAR(2000),
  reworked_to              VARCHAR(64),
  concession_requested_by  VARCHAR(100),
  concession_reason        VARCHAR(2000),
  concession_approved_by   VARCHAR(100),
  released_quantity        BIGINT,
  released_at              TIMESTAMP WITH TIME ZONE,
  released_seq             BIGINT,
  released_hash            CHAR(64),
  updated_seq              BIGINT        NOT NULL
);
CREATE INDEX quality_lot_status ON quality_lot (status);

-- One decision per lot and class of nonconformity.
CREATE TABLE quality_inspection (
  lot             VARCHAR(64)   NOT NULL,
  nc_class        VARCHAR(16)   NOT NULL,
  rule_set        VARCHAR(40)   NOT NULL,
  edition         VARCHAR(100)  NOT NULL,
  submission      VARCHAR(16)   NOT NULL,
  severity        VARCHAR(16)   NOT NULL,
  insp_level      VARCHAR(8)    NOT NULL,
  aql             VARCHAR(8)    NOT NULL,
  lot_size        BIGINT        NOT NULL,
  letter          VARCHAR(2)    NOT NULL,
  plan_letter     VARCHAR(2)    NOT NULL,
  n               INT           NOT NULL,
  ac              INT           NOT NULL,
  re              INT           NOT NULL,
  full_inspection BOOLEAN       NOT NULL,
  d               INT           NOT NULL,
  result          VARCHAR(8)    NOT NULL,
  destroyed       BIGINT        NOT NULL,
  inspector       VARCHAR(100)  NOT NULL,
  inspected_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  seq             BIGINT        NOT NULL,
  PRIMARY KEY (lot, nc_class)
);

-- The inputs of every inspection stream in ledger order: lots inspected and approvals. The
-- switching state is the pure InspectionStream replayed over them.
CREATE TABLE quality_stream_input (
  seq         BIGINT        NOT NULL PRIMARY KEY,
  product     VARCHAR(64)   NOT NULL,
  line        VARCHAR(64)   NOT NULL,
  nc_class    VARCHAR(16)   NOT NULL,
  insp_level  VARCHAR(8)    NOT NULL,
  aql         VARCHAR(8)    NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  lot_size    BIGINT,
  d           INT,
  submission  VARCHAR(16),
  actor       VARCHAR(100),
  note        VARCHAR(2000)
);
CREATE INDEX quality_stream_input_key ON quality_stream_input (product, line, nc_class, insp_level, aql);

-- Each stream's state after its last input, for listing.
CREATE TABLE quality_stream (
  product      VARCHAR(64)   NOT NULL,
  line         VARCHAR(64)   NOT NULL,
  nc_class     VARCHAR(16)   NOT NULL,
  insp_level   VARCHAR(8)    NOT NULL,
  aql          VARCHAR(8)    NOT NULL,
  severity     VARCHAR(16)   NOT NULL,
  discontinued BOOLEAN       NOT NULL,
  score        INT           NOT NULL,
  lots         BIGINT        NOT NULL,
  updated_seq  BIGINT        NOT NULL,
  PRIMARY KEY (product, line, nc_class, insp_level, aql)
);
