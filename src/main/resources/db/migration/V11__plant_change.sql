-- Plant-file change control, rebuilt from PlantChangeProposed, PlantChangeApproved and
-- PlantFileLoaded ledger entries. A change's id is the ledger sequence number of its proposal.
CREATE TABLE plant_change (
  id               BIGINT        NOT NULL PRIMARY KEY,
  file             VARCHAR(200)  NOT NULL,
  proposed_sha256  CHAR(64)      NOT NULL,
  current_sha256   CHAR(64)      NOT NULL,
  proposed_by      VARCHAR(100)  NOT NULL,
  reset_streams    VARCHAR(2000),
  approved_by      VARCHAR(100),
  approved_seq     BIGINT,
  effective        DATE
);
CREATE INDEX plant_change_proposed ON plant_change (proposed_sha256);

CREATE TABLE plant_change_difference (
  change_id   BIGINT         NOT NULL REFERENCES plant_change (id),
  position    INT            NOT NULL,
  path        VARCHAR(500)   NOT NULL,
  old_value   TEXT,
  new_value   TEXT,
  controlled  BOOLEAN        NOT NULL,
  PRIMARY KEY (change_id, position)
);

-- The text of every plant file the ledger carries, by its SHA-256, so an approved or loaded file
-- can be compared with the next one.
CREATE TABLE plant_file (
  sha256     CHAR(64)  NOT NULL PRIMARY KEY,
  text       TEXT      NOT NULL,
  first_seq  BIGINT    NOT NULL
);

-- The severity an inspection stream starts from when a plant-file change gives its product and
-- class a new inspection level or AQL on a line: the severity of the stream it replaces.
CREATE TABLE quality_stream_carry (
  load_seq      BIGINT       NOT NULL,
  product       VARCHAR(64)  NOT NULL,
  line          VARCHAR(64)  NOT NULL,
  nc_class      VARCHAR(16)  NOT NULL,
  insp_level    VARCHAR(8)   NOT NULL,
  aql           VARCHAR(8)   NOT NULL,
  severity      VARCHAR(16)  NOT NULL,
  discontinued  BOOLEAN      NOT NULL,
  PRIMARY KEY (product, line, nc_class, insp_level, aql, load_seq)
);
