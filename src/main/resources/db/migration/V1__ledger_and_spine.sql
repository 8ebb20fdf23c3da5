-- One history for H2 and PostgreSQL: portable types only.

-- The ledger: insert-only, one row per fact, hash-chained.
CREATE TABLE ledger_entry (
  seq              BIGINT       NOT NULL PRIMARY KEY,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  epoch_millis     BIGINT       NOT NULL,
  actor            VARCHAR(100) NOT NULL,
  type             VARCHAR(100) NOT NULL,
  corrects         BIGINT,
  payload          TEXT         NOT NULL,
  prev_hash        CHAR(64)     NOT NULL,
  hash             CHAR(64)     NOT NULL
);
CREATE INDEX ledger_entry_type ON ledger_entry (type);

-- The single row every append locks, so the chain has one writer at a time.
CREATE TABLE ledger_head (
  id    INT      NOT NULL PRIMARY KEY,
  seq   BIGINT   NOT NULL,
  hash  CHAR(64) NOT NULL
);
INSERT INTO ledger_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Signed tree heads (Ed25519), every N entries and on shutdown.
CREATE TABLE ledger_signed_head (
  seq          BIGINT       NOT NULL PRIMARY KEY,
  hash         CHAR(64)     NOT NULL,
  epoch_millis BIGINT       NOT NULL,
  key_id       CHAR(64)     NOT NULL,
  signature    VARCHAR(200) NOT NULL
);

-- Idempotency keys: a command sent twice takes effect once and gets the same answer.
CREATE TABLE command_key (
  idem_key      VARCHAR(200) NOT NULL PRIMARY KEY,
  actor         VARCHAR(100) NOT NULL,
  command       VARCHAR(100) NOT NULL,
  request_hash  CHAR(64)     NOT NULL,
  response      TEXT         NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Credentials are not ledger facts (a password hash has no place in an audit record).
CREATE TABLE user_credential (
  name           VARCHAR(100) NOT NULL PRIMARY KEY,
  password_hash  VARCHAR(200) NOT NULL
);

-- Projections below: rebuilt from the ledger by replay.
CREATE TABLE app_user (
  name        VARCHAR(100) NOT NULL PRIMARY KEY,
  roles       VARCHAR(200) NOT NULL,
  enabled     BOOLEAN      NOT NULL,
  created_seq BIGINT       NOT NULL
);

CREATE TABLE plant_load (
  seq          BIGINT       NOT NULL PRIMARY KEY,
  file_sha256  CHAR(64)     NOT NULL,
  site         VARCHAR(100) NOT NULL
);

CREATE TABLE line_state (
  line        VARCHAR(64)  NOT NULL PRIMARY KEY,
  stage       VARCHAR(64)  NOT NULL,
  state       VARCHAR(32)  NOT NULL,
  changed_seq BIGINT       NOT NULL
);

CREATE TABLE acceptance_act (
  id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  stage            VARCHAR(64),
  line             VARCHAR(64),
  signed_by        VARCHAR(200) NOT NULL,
  signed_on        DATE         NOT NULL,
  warranty_terms   VARCHAR(2000) NOT NULL,
  warranty_months  INT          NOT NULL,
  document_sha256  CHAR(64)     NOT NULL,
  recorded_seq     BIGINT       NOT NULL
);

CREATE TABLE authorisation (
  id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  customer       VARCHAR(64)  NOT NULL,
  product        VARCHAR(64)  NOT NULL,
  quantity       BIGINT       NOT NULL,
  used           BIGINT       NOT NULL,
  valid_from     DATE         NOT NULL,
  valid_to       DATE         NOT NULL,
  document_ref   VARCHAR(200) NOT NULL,
  recorded_seq   BIGINT       NOT NULL
);
