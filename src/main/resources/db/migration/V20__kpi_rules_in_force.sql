-- The rules in force when the work was done, so that a later plant file does not rewrite the past
-- (analytics' projections of execution's RunStarted and plant's PlantFileLoaded entries).
-- Each run's rated rate as its start recorded it (NULL for runs started before runs recorded it).
CREATE TABLE kpi_run (
  run             VARCHAR(32)      NOT NULL PRIMARY KEY,
  line            VARCHAR(64)      NOT NULL,
  product         VARCHAR(64)      NOT NULL,
  started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  rated_per_hour  DOUBLE PRECISION
);

-- Every plant file loaded, from when it was in force: calendars and rates of a past day are read
-- from the file in force then.
CREATE TABLE kpi_plant_version (
  seq        BIGINT    NOT NULL PRIMARY KEY,
  loaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  text       TEXT      NOT NULL
);
