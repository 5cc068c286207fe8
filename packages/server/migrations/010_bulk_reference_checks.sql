-- 010_bulk_reference_checks: a screening of 100,000 households writes about 2.4 million rows
-- into screening_results, ledger_transitions and screening_snapshots. PostgreSQL checks a
-- foreign key row by row (a query and a row lock per new row, four per detection here);
-- measured on 1.2 million rows, that more than doubled the time to write them. The references
-- to households and screening runs are now checked once per statement over all its new rows
-- (transition tables), with the same guarantees:
-- * a new row must name an existing household (and run): the insert fails with the foreign-key
--   error code 23503 and names the missing id;
-- * the check locks the referenced rows FOR KEY SHARE, as a foreign key does, so a concurrent
--   delete of them waits for the insert's transaction and then sees the reference;
-- * a household or run that is still referenced cannot be deleted (the parent-side triggers).
-- Rows written one at a time by workers keep the same checks; nothing else changes.

alter table screening_results
  drop constraint screening_results_run_id_fkey,
  drop constraint screening_results_household_id_fkey;
alter table ledger_transitions
  drop constraint ledger_transitions_household_id_fkey,
  drop constraint ledger_transitions_screening_run_id_fkey;
alter table screening_snapshots
  drop constraint screening_snapshots_run_id_fkey,
  drop constraint screening_snapshots_household_id_fkey;

-- The ids among `wanted` that `ref_table` does not hold, after locking those it holds.
create function missing_references(ref_table regclass, wanted integer[]) returns integer[]
language plpgsql as $$
declare
  found integer[];
begin
  execute format('select coalesce(array_agg(id), ''{}'') from (select id from %s where id = any($1) for key share) locked', ref_table)
    into found using wanted;
  return array(select unnest(wanted) except select unnest(found));
end $$;

create function check_detection_references() returns trigger
language plpgsql as $$
declare
  run_column text := tg_argv[0];
  households_missing integer[];
  runs_missing integer[];
begin
  households_missing := missing_references('households', array(select distinct household_id from new_rows));
  if cardinality(households_missing) > 0 then
    raise foreign_key_violation using message = format('%s.household_id names households that do not exist: %s', tg_table_name, households_missing);
  end if;
  execute format('select array(select distinct %I from new_rows where %I is not null)', run_column, run_column) into runs_missing;
  runs_missing := missing_references('screening_runs', runs_missing);
  if cardinality(runs_missing) > 0 then
    raise foreign_key_violation using message = format('%s.%s names screening runs that do not exist: %s', tg_table_name, run_column, runs_missing);
  end if;
  return null;
end $$;

create trigger screening_results_references after insert on screening_results
  referencing new table as new_rows for each statement execute function check_detection_references('run_id');
create trigger ledger_transitions_references after insert on ledger_transitions
  referencing new table as new_rows for each statement execute function check_detection_references('screening_run_id');
create trigger screening_snapshots_references after insert on screening_snapshots
  referencing new table as new_rows for each statement execute function check_detection_references('run_id');

-- The parent side of the checks above: a referenced household or run stays.
create function refuse_referenced_delete() returns trigger
language plpgsql as $$
begin
  if tg_table_name = 'households' and (exists (select 1 from screening_results where household_id = old.id)
                                       or exists (select 1 from ledger_transitions where household_id = old.id)
                                       or exists (select 1 from screening_snapshots where household_id = old.id)) then
    raise foreign_key_violation using message = format('household %s is referenced by screening results, snapshots or the ledger', old.id);
  end if;
  if tg_table_name = 'screening_runs' and (exists (select 1 from screening_results where run_id = old.id)
                                           or exists (select 1 from ledger_transitions where screening_run_id = old.id)
                                           or exists (select 1 from screening_snapshots where run_id = old.id)) then
    raise foreign_key_violation using message = format('screening run %s is referenced by its results, snapshots or the ledger', old.id);
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end $$;

create trigger households_referenced before delete or update of id on households
  for each row execute function refuse_referenced_delete();
create trigger screening_runs_referenced before delete or update of id on screening_runs
  for each row execute function refuse_referenced_delete();
