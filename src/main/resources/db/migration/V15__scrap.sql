-- Scrap in custody: read models filled only by projections of ledger entries (traceability).

-- Rejected rounds by lot, reason (LINE: line rejects reported with counts; QUALITY: scrapped by a
-- quality disposition; RETAINED: reference samples past their retention) and location, in one of
-- the states REJECT_STORE, AWAITING_DESTRUCTION, DESTROYED.
CREATE TABLE scrap_stock (
  lot       VARCHAR(64) NOT NULL,
  reason    VARCHAR(16) NOT NULL,
  location  VARCHAR(32) NOT NULL,
  state     VARCHAR(24) NOT NULL,
  quantity  BIGINT      NOT NULL,
  PRIMARY KEY (lot, reason, location, state)
);

-- A witnessed destruction act and the scrap it destroyed, lot by lot.
CREATE TABLE destruction_act (
  id           VARCHAR(64)  NOT NULL PRIMARY KEY,
  destroyed_on DATE         NOT NULL,
  place        VARCHAR(800) NOT NULL,
  method       VARCHAR(800) NOT NULL,
  witnesses    VARCHAR(2000) NOT NULL,
  document     VARCHAR(64)  NOT NULL,
  quantity     BIGINT       NOT NULL,
  recorded_by  VARCHAR(64)  NOT NULL,
  seq          BIGINT       NOT NULL
);

CREATE TABLE destruction_act_line (
  act       VARCHAR(64) NOT NULL,
  line_no   INTEGER     NOT NULL,
  lot       VARCHAR(64) NOT NULL,
  reason    VARCHAR(16) NOT NULL,
  location  VARCHAR(32) NOT NULL,
  quantity  BIGINT      NOT NULL,
  PRIMARY KEY (act, line_no)
);
CREATE INDEX destruction_act_line_lot ON destruction_act_line (lot);

-- Rounds kept as reference samples of a lot until a date: never packed or shipped.
CREATE TABLE retained_sample (
  id           VARCHAR(64) NOT NULL PRIMARY KEY,
  lot          VARCHAR(64) NOT NULL,
  location     VARCHAR(32) NOT NULL,
  quantity     BIGINT      NOT NULL,
  retain_until DATE        NOT NULL,
  status       VARCHAR(16) NOT NULL,
  taken_by     VARCHAR(64) NOT NULL,
  seq          BIGINT      NOT NULL
);
CREATE INDEX retained_sample_lot ON retained_sample (lot);
