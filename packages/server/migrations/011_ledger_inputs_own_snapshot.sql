-- 011_ledger_inputs_own_snapshot: every transition that is not a screening's shows its own snapshot.
--
-- In 005, ledger_inputs took coalesce(screening_input_snapshot(…), t.input_snapshot), but that
-- function is not strict: without a screening snapshot it returns an empty one
-- ({"household": {}, "persons": []}), never null, so the transitions written by workers,
-- outreach and grants showed no inputs in the ledger API and page. Only the view changes; the
-- stored snapshots and hashes were always right.

create or replace view ledger_inputs as
  select t.id,
         case when s.run_id is not null then screening_input_snapshot(s.snapshot, r.right_facts -> t.right_id)
              else t.input_snapshot end as input_snapshot
    from ledger_transitions t
    left join screening_snapshots s
      on s.run_id = t.screening_run_id and s.household_id = t.subject_id and t.subject_type = 'household'
    left join screening_runs r on r.id = t.screening_run_id and s.run_id is not null;
