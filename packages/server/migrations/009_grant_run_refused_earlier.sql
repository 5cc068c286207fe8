-- 009_grant_run_refused_earlier: a grant run counts the households it skipped because a worker
-- recorded a refusal of the right (ledger `geweigerd`) and the situation is unchanged since.
-- Like a decline (007), that is not a decision of the run: the right stays with the worker and
-- nothing is written for it but this count.

alter table grant_runs
  add column refused_earlier integer not null default 0;
