-- The event outbox (docs/outbox.md): the last ledger sequence each destination acknowledged.
-- Not a projection of the ledger: replay leaves it alone.
CREATE TABLE outbox_cursor (
  destination VARCHAR(32) PRIMARY KEY,
  last_seq    BIGINT NOT NULL CHECK (last_seq >= 0),
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
