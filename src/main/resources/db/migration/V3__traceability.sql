-- Traceability read models: every table below is filled only by projections of ledger entries.

-- Finished lots as execution and quality report them; parent_lot is set for a reworked lot.
CREATE TABLE finished_lot (
  lot         VARCHAR(32)  NOT NULL PRIMARY KEY,
  product     VARCHAR(64)  NOT NULL,
  line        VARCHAR(64),
  parent_lot  VARCHAR(32),
  status      VARCHAR(16)  NOT NULL,
  opened_seq  BIGINT       NOT NULL
);
CREATE INDEX finished_lot_parent ON finished_lot (parent_lot);
CREATE INDEX finished_lot_product ON finished_lot (product);

-- Finished rounds by lot, location and inventory state.
CREATE TABLE finished_stock (
  lot       VARCHAR(32) NOT NULL,
  location  VARCHAR(32) NOT NULL,
  state     VARCHAR(24) NOT NULL,
  quantity  BIGINT      NOT NULL,
  PRIMARY KEY (lot, location, state)
);

CREATE TABLE component_lot (
  component_lot  VARCHAR(64)  NOT NULL PRIMARY KEY,
  component      VARCHAR(64)  NOT NULL,
  supplier       VARCHAR(100) NOT NULL,
  supplier_lot   VARCHAR(64)  NOT NULL,
  received       BIGINT       NOT NULL,
  received_seq   BIGINT       NOT NULL
);

CREATE TABLE component_stock (
  component_lot  VARCHAR(64) NOT NULL,
  location       VARCHAR(32) NOT NULL,
  quantity       BIGINT      NOT NULL,
  PRIMARY KEY (component_lot, location)
);

-- Genealogy: each consumption of a component lot into a finished lot.
CREATE TABLE consumption (
  seq            BIGINT      NOT NULL PRIMARY KEY,
  component_lot  VARCHAR(64) NOT NULL,
  lot            VARCHAR(32) NOT NULL,
  quantity       BIGINT      NOT NULL,
  location       VARCHAR(32) NOT NULL
);
CREATE INDEX consumption_component ON consumption (component_lot);
CREATE INDEX consumption_lot ON consumption (lot);

-- Packaging units (SSCC). Content is kept for every level (a can holds what its boxes hold).
CREATE TABLE packaging_unit (
  sscc        CHAR(18)    NOT NULL PRIMARY KEY,
  level       VARCHAR(32) NOT NULL,
  depth       INT         NOT NULL,
  product     VARCHAR(64) NOT NULL,
  location    VARCHAR(32) NOT NULL,
  parent      CHAR(18),
  state       VARCHAR(16) NOT NULL,
  packed_seq  BIGINT      NOT NULL
);
CREATE INDEX packaging_unit_parent ON packaging_unit (parent);

CREATE TABLE unit_content (
  sscc      CHAR(18)    NOT NULL,
  lot       VARCHAR(32) NOT NULL,
  quantity  BIGINT      NOT NULL,
  PRIMARY KEY (sscc, lot)
);
CREATE INDEX unit_content_lot ON unit_content (lot);

CREATE TABLE shipment (
  id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  customer        VARCHAR(64)  NOT NULL,
  authorisation   VARCHAR(64)  NOT NULL,
  product         VARCHAR(64)  NOT NULL,
  quantity        BIGINT       NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  created_by      VARCHAR(100) NOT NULL,
  created_seq     BIGINT       NOT NULL,
  approved_by     VARCHAR(100),
  approved_seq    BIGINT,
  dispatched_seq  BIGINT
);
CREATE INDEX shipment_authorisation ON shipment (authorisation);

CREATE TABLE shipment_line (
  shipment  VARCHAR(64) NOT NULL,
  line_no   INT         NOT NULL,
  lot       VARCHAR(32) NOT NULL,
  quantity  BIGINT      NOT NULL,
  location  VARCHAR(32) NOT NULL,
  unit      CHAR(18),
  PRIMARY KEY (shipment, line_no)
);
CREATE INDEX shipment_line_lot ON shipment_line (lot);
CREATE INDEX shipment_line_unit ON shipment_line (unit);
