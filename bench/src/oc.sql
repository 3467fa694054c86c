-- DuckDB contender of bench/run.sh: the single-machine equivalent of `outcomes run` for the OC
-- response/remission table, in SQL. ${INPUT} and ${OUTPUT} are replaced by DuckBench.java.
-- Simplified against the pipeline (docs/benchmarks.md, "Against the floor and DuckDB"): generic
-- CSV only, MADRS and PHQ-9 only, dates only (no study-day axis), no snapshot / duplicate rules,
-- no rejects, course labels ignored (gap rule only), an ambiguous baseline is not detected.

-- 1. read: every column a string, as the floor does
CREATE TABLE scores_raw AS
SELECT * FROM read_csv('${INPUT}/**/scores.csv', header = true, all_varchar = true, union_by_name = true,
                       filename = true);
CREATE TABLE infusions_raw AS
SELECT * FROM read_csv('${INPUT}/**/infusions.csv', header = true, all_varchar = true, union_by_name = true);

-- 2. score assessments: the scale registry's MADRS (10 items 0-6, 1 missing prorated) and PHQ-9
-- (9 items 0-3, 2 missing prorated); an item out of range rejects the assessment; more missing
-- items fall back on a reported total (item "total"), else no total.
CREATE TABLE scale_def AS
SELECT * FROM (VALUES ('MADRS', 10, 6, 1, 10.0), ('PHQ9', 9, 3, 2, 4.0))
  AS t(scale, n_items, item_max, max_missing, remission_max);

CREATE TABLE assessments AS
WITH items AS (
  SELECT s.study_id, s.site_id, s.subject_id,
         replace(replace(upper(trim(s.instrument)), '-', ''), ' ', '') AS scale,
         s.visit, CAST(s.assessment_date AS DATE) AS day, NULLIF(trim(s.assessment_time), '') AS time,
         lower(trim(s.item)) AS item, TRY_CAST(NULLIF(trim(s.score), '') AS DOUBLE) AS score,
         s.filename AS source_file, s.rowid AS source_row -- the table keeps the files' row order
  FROM scores_raw s
)
SELECT i.study_id, any_value(i.site_id) AS site_id, i.subject_id, i.scale, i.visit, i.day, i.time,
       min(i.source_file) AS source_file, min(i.source_row) AS source_row,
       count(DISTINCT i.item) FILTER (WHERE i.item <> 'total' AND i.score IS NOT NULL) AS answered,
       sum(i.score) FILTER (WHERE i.item <> 'total') AS item_sum,
       max(i.score) FILTER (WHERE i.item = 'total') AS reported_total,
       bool_or(i.item <> 'total' AND (i.score < 0 OR i.score > d.item_max)) AS out_of_range,
       CASE
         WHEN bool_or(i.item <> 'total' AND (i.score < 0 OR i.score > d.item_max)) THEN NULL
         WHEN answered = any_value(d.n_items) THEN item_sum
         WHEN answered > 0 AND any_value(d.n_items) - answered <= any_value(d.max_missing)
           THEN item_sum * any_value(d.n_items) / answered
         ELSE reported_total
       END AS total,
       CASE
         WHEN out_of_range THEN 'item_out_of_range'
         WHEN answered = any_value(d.n_items) THEN 'items'
         WHEN answered > 0 AND any_value(d.n_items) - answered <= any_value(d.max_missing) THEN 'prorated'
         WHEN reported_total IS NOT NULL THEN 'reported'
         ELSE 'too_many_missing_items'
       END AS total_source
FROM items i JOIN scale_def d USING (scale)
GROUP BY i.study_id, i.subject_id, i.scale, i.visit, i.day, i.time;

-- 3. write Parquet
COPY assessments TO '${OUTPUT}/assessments.parquet' (FORMAT parquet);

-- 4. courses by the gap rule (a new course after more than 21 days without infusion)
CREATE TABLE infusions AS
SELECT DISTINCT study_id, subject_id, CAST(infusion_date AS DATE) AS day,
       NULLIF(trim(infusion_time), '') AS time
FROM infusions_raw;

CREATE TABLE courses AS
WITH numbered AS (
  SELECT *, sum(new_course) OVER (PARTITION BY study_id, subject_id ORDER BY day, time NULLS FIRST
                                  ROWS UNBOUNDED PRECEDING) AS course_number
  FROM (SELECT *, CASE WHEN day - lag(day) OVER w > 21 OR lag(day) OVER w IS NULL THEN 1 ELSE 0 END
                    AS new_course
        FROM infusions WINDOW w AS (PARTITION BY study_id, subject_id ORDER BY day, time NULLS FIRST))
)
SELECT study_id, subject_id, course_number, min(day) AS start_day,
       arg_min(time, day) AS start_time, max(day) AS last_day,
       lead(min(day)) OVER (PARTITION BY study_id, subject_id ORDER BY course_number) AS next_start
FROM numbered GROUP BY study_id, subject_id, course_number;

-- 5. baseline: the latest pre-infusion assessment in [start - 14, start] (time order: day, time of
-- day with untimed first, source file, source row); ITT: baseline above 0
CREATE TABLE baselines AS
SELECT c.study_id, c.subject_id, c.course_number, a.scale,
       arg_max(a.total, (a.day, coalesce(a.time, ''), a.source_file, a.source_row)) AS base
FROM courses c JOIN assessments a USING (study_id, subject_id)
WHERE a.total IS NOT NULL AND a.day BETWEEN c.start_day - 14 AND c.start_day
  AND (a.day < c.start_day OR a.time IS NULL OR c.start_time IS NULL OR a.time <= c.start_time)
GROUP BY ALL;

-- 6. OC endpoint: the first assessment in [last + 1, last + 7], before the next course
CREATE TABLE endpoints AS
SELECT c.study_id, c.subject_id, c.course_number, a.scale,
       arg_min(a.total, (a.day, coalesce(a.time, ''), a.source_file, a.source_row)) AS total
FROM courses c JOIN assessments a USING (study_id, subject_id)
WHERE a.total IS NOT NULL AND a.day BETWEEN c.last_day + 1 AND c.last_day + 7
  AND (c.next_start IS NULL OR a.day < c.next_start)
GROUP BY ALL;

-- 7. the OC response/remission table per study x scale x course number and pooled over the
-- studies (study_id ALL), Wilson 95 % intervals, in the layout of reports/response_remission.csv
CREATE TABLE oc AS
WITH flags AS (
  SELECT b.study_id, b.scale, b.course_number,
         (b.base - e.total) / b.base >= 0.5 - 1e-9 AS responder,
         e.total <= d.remission_max + 1e-9 AS remitter
  FROM baselines b JOIN endpoints e USING (study_id, subject_id, course_number, scale)
  JOIN scale_def d USING (scale)
  WHERE b.base > 0
), counts AS (
  SELECT coalesce(study_id, 'ALL') AS study_id, scale, course_number, count(*) AS n,
         count(*) FILTER (WHERE responder) AS responders, count(*) FILTER (WHERE remitter) AS remitters
  FROM flags GROUP BY GROUPING SETS ((study_id, scale, course_number), (scale, course_number))
)
SELECT study_id, scale, course_number, 'OC' AS analysis, n,
       responders, responders / n AS response_rate,
       (responders / n + 1.959963984540054 ^ 2 / (2 * n)
         - 1.959963984540054 * sqrt(responders / n * (1 - responders / n) / n + 1.959963984540054 ^ 2 / (4 * n * n)))
         / (1 + 1.959963984540054 ^ 2 / n) AS response_ci_low,
       (responders / n + 1.959963984540054 ^ 2 / (2 * n)
         + 1.959963984540054 * sqrt(responders / n * (1 - responders / n) / n + 1.959963984540054 ^ 2 / (4 * n * n)))
         / (1 + 1.959963984540054 ^ 2 / n) AS response_ci_high,
       remitters, remitters / n AS remission_rate,
       (remitters / n + 1.959963984540054 ^ 2 / (2 * n)
         - 1.959963984540054 * sqrt(remitters / n * (1 - remitters / n) / n + 1.959963984540054 ^ 2 / (4 * n * n)))
         / (1 + 1.959963984540054 ^ 2 / n) AS remission_ci_low,
       (remitters / n + 1.959963984540054 ^ 2 / (2 * n)
         + 1.959963984540054 * sqrt(remitters / n * (1 - remitters / n) / n + 1.959963984540054 ^ 2 / (4 * n * n)))
         / (1 + 1.959963984540054 ^ 2 / n) AS remission_ci_high
FROM counts ORDER BY study_id = 'ALL', study_id, scale, course_number;

COPY oc TO '${OUTPUT}/response_remission_oc.csv' (HEADER, DELIMITER ',');
