-- Holds on demand, recalls and customer returns: read models filled only by projections of ledger
-- entries (traceability).

-- A hold on a lot or component lot (and, downstream, what was made from it): ACTIVE or RELEASED.
CREATE TABLE hold (
  id             VARCHAR(64)   NOT NULL PRIMARY KEY,
  subject        VARCHAR(64)   NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  downstream     BOOLEAN       NOT NULL,
  recall         VARCHAR(64),
  status         VARCHAR(16)   NOT NULL,
  placed_by      VARCHAR(64)   NOT NULL,
  placed_seq     BIGINT        NOT NULL,
  released_by    VARCHAR(64),
  release_reason VARCHAR(2000)
);

-- What a hold holds: lots, component lots and packaging units, fixed when it was placed.
CREATE TABLE hold_item (
  hold  VARCHAR(64) NOT NULL,
  kind  VARCHAR(16) NOT NULL,
  item  VARCHAR(64) NOT NULL,
  PRIMARY KEY (hold, kind, item)
);
CREATE INDEX hold_item_item ON hold_item (item);

-- A recall of a lot or component lot: OPEN until every reached customer acknowledged, then CLOSED.
CREATE TABLE recall (
  id          VARCHAR(64)   NOT NULL PRIMARY KEY,
  subject     VARCHAR(64)   NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  reason      VARCHAR(2000) NOT NULL,
  hold        VARCHAR(64),
  status      VARCHAR(16)   NOT NULL,
  opened_by   VARCHAR(64)   NOT NULL,
  opened_seq  BIGINT        NOT NULL,
  closed_by   VARCHAR(64)
);

-- The shipments a recall reached, by lot.
CREATE TABLE recall_shipment (
  recall    VARCHAR(64) NOT NULL,
  shipment  VARCHAR(64) NOT NULL,
  customer  VARCHAR(64) NOT NULL,
  lot       VARCHAR(32) NOT NULL,
  quantity  BIGINT      NOT NULL,
  PRIMARY KEY (recall, shipment, lot)
);

-- Each reached customer and its acknowledgement (null until it comes).
CREATE TABLE recall_customer (
  recall           VARCHAR(64)  NOT NULL,
  customer         VARCHAR(64)  NOT NULL,
  acknowledged_by  VARCHAR(200),
  acknowledged_on  DATE,
  document         VARCHAR(200),
  recorded_by      VARCHAR(64),
  PRIMARY KEY (recall, customer)
);

-- Rounds back from a customer, HELD at location until quality disposes of them.
CREATE TABLE customer_return (
  id             VARCHAR(64)   NOT NULL PRIMARY KEY,
  shipment       VARCHAR(64)   NOT NULL,
  customer       VARCHAR(64)   NOT NULL,
  authorisation  VARCHAR(64)   NOT NULL,
  lot            VARCHAR(32)   NOT NULL,
  quantity       BIGINT        NOT NULL,
  location       VARCHAR(32)   NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  document       VARCHAR(200),
  status         VARCHAR(16)   NOT NULL,
  recorded_by    VARCHAR(64)   NOT NULL,
  recorded_seq   BIGINT        NOT NULL,
  disposed_by    VARCHAR(64),
  note           VARCHAR(2000),
  new_lot        VARCHAR(32)
);
CREATE INDEX customer_return_shipment ON customer_return (shipment, lot);
CREATE INDEX customer_return_lot ON customer_return (lot);
