-- 007_grant_run_declined: a grant run counts the households it skipped because the person
-- declined the right (ledger `afgezien`, situation unchanged since). That is not a refusal and
-- not a decision: nothing is written for them but this count.

alter table grant_runs
  add column declined integer not null default 0;
