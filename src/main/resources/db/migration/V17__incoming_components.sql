-- Incoming components: read models filled only by projections of ledger entries (traceability).

-- A component lot's quality state. A lot received before quarantine existed is RELEASED.
ALTER TABLE component_lot ADD COLUMN state VARCHAR(16) DEFAULT 'RELEASED' NOT NULL;
ALTER TABLE component_lot ADD COLUMN certificate VARCHAR(400);
ALTER TABLE component_lot ADD COLUMN expiry DATE;
ALTER TABLE component_lot ADD COLUMN retest DATE;

-- Approvals and withdrawals of a supplier for a component made in the ledger; they override the
-- plant file's list.
CREATE TABLE supplier_approval (
  component   VARCHAR(64)  NOT NULL,
  supplier    VARCHAR(400) NOT NULL,
  approved    BOOLEAN      NOT NULL,
  changed_by  VARCHAR(64)  NOT NULL,
  reason      VARCHAR(2000) NOT NULL,
  seq         BIGINT       NOT NULL,
  PRIMARY KEY (component, supplier)
);

-- The inputs of each receiving inspection stream (component x supplier x level x AQL): lots
-- decided (LOT) and corrective actions accepted (RESUMED), replayed through the switching rules.
CREATE TABLE receiving_stream_input (
  seq            BIGINT       NOT NULL PRIMARY KEY,
  component      VARCHAR(64)  NOT NULL,
  supplier       VARCHAR(400) NOT NULL,
  insp_level     VARCHAR(8)   NOT NULL,
  aql            VARCHAR(16)  NOT NULL,
  kind           VARCHAR(16)  NOT NULL,
  component_lot  VARCHAR(64),
  severity       VARCHAR(16),
  lot_size       BIGINT,
  n              INTEGER,
  ac             INTEGER,
  re             INTEGER,
  d              INTEGER,
  result         VARCHAR(16),
  actor          VARCHAR(64)  NOT NULL,
  note           VARCHAR(2000)
);
CREATE INDEX receiving_stream_input_stream ON receiving_stream_input (component, supplier);
CREATE INDEX receiving_stream_input_lot ON receiving_stream_input (component_lot);

-- Each receiving stream's state after its inputs.
CREATE TABLE receiving_stream (
  component     VARCHAR(64)  NOT NULL,
  supplier      VARCHAR(400) NOT NULL,
  insp_level    VARCHAR(8)   NOT NULL,
  aql           VARCHAR(16)  NOT NULL,
  severity      VARCHAR(16)  NOT NULL,
  discontinued  BOOLEAN      NOT NULL,
  score         INTEGER      NOT NULL,
  lots          INTEGER      NOT NULL,
  PRIMARY KEY (component, supplier, insp_level, aql)
);

-- Component balance per finished lot (and the shift it was opened in) and component of its bill
-- of materials: made (good + scrap), issued to its line, consumed into it, and the reason recorded
-- for the figures explained.
CREATE TABLE component_balance (
  lot                 VARCHAR(32)  NOT NULL,
  component           VARCHAR(64)  NOT NULL,
  product             VARCHAR(64)  NOT NULL,
  line                VARCHAR(64)  NOT NULL,
  shift               VARCHAR(80)  NOT NULL,
  per_unit            DOUBLE PRECISION NOT NULL,
  made                BIGINT       NOT NULL,
  issued              BIGINT       NOT NULL,
  consumed            BIGINT       NOT NULL,
  closed              BOOLEAN      NOT NULL,
  opened_seq          BIGINT       NOT NULL,
  explained_made      BIGINT,
  explained_consumed  BIGINT,
  reason              VARCHAR(2000),
  explained_by        VARCHAR(64),
  PRIMARY KEY (lot, component)
);
CREATE INDEX component_balance_line ON component_balance (line, closed);

-- Component units issued to a line while no lot was open there: the next lot opened takes them.
CREATE TABLE component_issue_pending (
  line       VARCHAR(64) NOT NULL,
  component  VARCHAR(64) NOT NULL,
  quantity   BIGINT      NOT NULL,
  PRIMARY KEY (line, component)
);
