-- 012_screening_snapshots_json: a screening stores one input snapshot per household with a
-- detection (about 5 kB of JSON each, 100,000 per 100,000 households). As jsonb, PostgreSQL
-- parsed and compressed every one of them, which cost it more than writing all the results;
-- the snapshots are written once and read only when someone opens a ledger step. They are now
-- stored as json (checked, kept as text) without compression, and ledger_inputs turns the one
-- it shows into jsonb. What the ledger shows does not change.

drop view ledger_inputs;
alter table screening_snapshots alter column snapshot type json using snapshot::json;
alter table screening_snapshots alter column snapshot set storage external;

create view ledger_inputs as
  select t.id,
         case when s.run_id is not null then screening_input_snapshot(s.snapshot::jsonb, r.right_facts -> t.right_id)
              else t.input_snapshot end as input_snapshot
    from ledger_transitions t
    left join screening_snapshots s
      on s.run_id = t.screening_run_id and s.household_id = t.subject_id and t.subject_type = 'household'
    left join screening_runs r on r.id = t.screening_run_id and s.run_id is not null;
