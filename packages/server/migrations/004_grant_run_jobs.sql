-- 004_grant_run_jobs: a grant run is a persisted job, like a screening run. It is driven chunk by
-- chunk; each chunk commits its decisions together with the run's cursor (the last household
-- done), so a run interrupted by a crash resumes after its last committed chunk, and a chunk
-- processed twice is written once (the chunk re-reads the cursor under a row lock).

alter table grant_runs
  add column cursor     integer not null default 0,
  add column chunk_size integer not null default 500 check (chunk_size between 1 and 10000),
  add column processed  integer not null default 0,
  add column error      text;

-- One standing automatic decision per household, right and period, whatever happens to the runs:
-- a duplicate grant (and so a double payment) cannot be stored. A reversed decision no longer stands.
create unique index grant_decisions_one_standing on grant_decisions (household_id, right_id, period)
  where reversed_at is null;
