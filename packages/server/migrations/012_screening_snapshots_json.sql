-- 012_screening_snapshots_json: a screening stores one input snapshot per household with a
-- detection (about 5 kB of JSON each, 100,000 per 100,000 households). As jsonb, PostgreSQL
-- parsed and compressed every one of them, which cost it more than writing all the results;
-- the snapshots are written once and read only when someone opens a ledger step. They are now
-- stored as json (checked, kept as text) without compression, and ledger_inputs turns the one
-- it shows into jsonb. What the ledger shows does not change.
-- Their references to households and runs are checked once per statement, as in 010.

drop view ledger_inputs;
alter table screening_snapshots alter column snapshot type json using snapshot::json;
alter table screening_snapshots alter column snapshot set storage external;

alter table screening_snapshots
  drop constraint screening_snapshots_run_id_fkey,
  drop constraint screening_snapshots_household_id_fkey;
create trigger screening_snapshots_references after insert on screening_snapshots
  referencing new table as new_rows for each statement execute function check_detection_references('run_id');

create function refuse_referenced_snapshot_delete() returns trigger
language plpgsql as $$
begin
  if (tg_table_name = 'households' and exists (select 1 from screening_snapshots where household_id = old.id))
     or (tg_table_name = 'screening_runs' and exists (select 1 from screening_snapshots where run_id = old.id)) then
    raise foreign_key_violation using message = format('%s %s is referenced by screening input snapshots', tg_table_name, old.id);
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end $$;
create trigger households_referenced_by_snapshots before delete or update of id on households
  for each row execute function refuse_referenced_snapshot_delete();
create trigger screening_runs_referenced_by_snapshots before delete or update of id on screening_runs
  for each row execute function refuse_referenced_snapshot_delete();

create view ledger_inputs as
  select t.id,
         case when s.run_id is not null then screening_input_snapshot(s.snapshot::jsonb, r.right_facts -> t.right_id)
              else t.input_snapshot end as input_snapshot
    from ledger_transitions t
    left join screening_snapshots s
      on s.run_id = t.screening_run_id and s.household_id = t.subject_id and t.subject_type = 'household'
    left join screening_runs r on r.id = t.screening_run_id and s.run_id is not null;
