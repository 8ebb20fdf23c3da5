-- Good means good: quality's dispositions reach the KPIs of the day the units were made
-- (analytics' projections of execution's CountReported and quality's disposition entries).
-- The lot each count booked its units into (NULL for rows projected before this column; a replay
-- fills it).
ALTER TABLE kpi_count ADD COLUMN lot VARCHAR(64);
CREATE INDEX kpi_count_lot ON kpi_count (lot);

-- What quality decided about a lot's units: SCRAP (scrapped after inspection), REWORK (reworked
-- into a new lot), SAMPLES (destroyed by testing), CONCESSION (released by concession), and for a
-- lot made by rework, REWORK_SCRAP (reworked units scrapped after all). lot is the lot the units
-- were made in (a rework lot's decisions go to the lot it was reworked from).
CREATE TABLE kpi_quality (
  seq         BIGINT      NOT NULL PRIMARY KEY,
  lot         VARCHAR(64) NOT NULL,
  kind        VARCHAR(16) NOT NULL,
  quantity    BIGINT      NOT NULL,
  decided_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kpi_quality_lot ON kpi_quality (lot);

-- A lot made by rework and the lot whose units it holds.
CREATE TABLE kpi_lot_origin (
  lot     VARCHAR(64) NOT NULL PRIMARY KEY,
  origin  VARCHAR(64) NOT NULL
);
