-- Count reports by line and time, so a line's output over a period is an index range scan
-- (analytics' projection of execution's CountReported entries).
CREATE TABLE kpi_count (
  seq    BIGINT      NOT NULL PRIMARY KEY,
  line   VARCHAR(64) NOT NULL,
  run    VARCHAR(32) NOT NULL,
  at     TIMESTAMP WITH TIME ZONE NOT NULL,
  good   BIGINT      NOT NULL,
  scrap  BIGINT      NOT NULL
);
CREATE INDEX kpi_count_line_at ON kpi_count (line, at);
