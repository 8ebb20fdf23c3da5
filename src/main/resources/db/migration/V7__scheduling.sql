-- The last accepted schedule, rebuilt from ScheduleAccepted ledger entries (the payload carries the
-- whole plan); schedule_job maps each work order back to its customer order for pinning.
CREATE TABLE schedule_accepted (
  id VARCHAR(64) PRIMARY KEY,
  ledger_seq BIGINT NOT NULL,
  from_date DATE NOT NULL,
  accepted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  accepted_by VARCHAR(200) NOT NULL,
  plan TEXT NOT NULL
);

CREATE TABLE schedule_job (
  schedule_id VARCHAR(64) NOT NULL REFERENCES schedule_accepted (id),
  position INT NOT NULL,
  work_order VARCHAR(64),
  order_id VARCHAR(64) NOT NULL,
  line VARCHAR(32) NOT NULL,
  product VARCHAR(64) NOT NULL,
  quantity BIGINT NOT NULL,
  start_at TIMESTAMP NOT NULL,
  end_at TIMESTAMP NOT NULL,
  PRIMARY KEY (schedule_id, position)
);

CREATE INDEX schedule_job_work_order ON schedule_job (work_order);
