-- Machines: the last counter values booked per line and counter epoch, and a jump held for a
-- person. A projection of the Machine* ledger events, rebuilt by replay; the connector reads it to
-- book only what is new, so a restart or a second connector never books a value twice.
CREATE TABLE machine_counter (
  line                VARCHAR(64)   NOT NULL,
  epoch               BIGINT        NOT NULL,
  processed           BIGINT        NOT NULL,
  defective           BIGINT        NOT NULL,
  held_processed      BIGINT,
  held_defective      BIGINT,
  booked_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (line, epoch)
);
