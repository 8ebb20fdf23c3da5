-- Orders reserve quantity of an authorisation; shipments use it (authorisation.used).
ALTER TABLE authorisation ADD COLUMN ordered BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE customer_order (
  id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  customer       VARCHAR(64)  NOT NULL,
  authorisation  VARCHAR(64)  NOT NULL,
  product        VARCHAR(64)  NOT NULL,
  quantity       BIGINT       NOT NULL,
  due            DATE         NOT NULL,
  priority       INT          NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  recorded_seq   BIGINT       NOT NULL
);
CREATE INDEX customer_order_due ON customer_order (due);
