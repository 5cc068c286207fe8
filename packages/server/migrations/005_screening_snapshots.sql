-- 005_screening_snapshots: a screening stores the inputs of its detections once per household.
--
-- A screening appends about ten `mogelijk-recht` transitions per household, each with a snapshot
-- of the facts its right reads; the same facts of the same members were stored again and again
-- (about 0.7 kB per transition, most of what a screening wrote). Now a run stores one snapshot
-- per household — the facts of all its detected rights, with provenance — and the facts each
-- right reads (screening_runs.right_facts); a transition of that run keeps its own input hash and
-- an empty input_snapshot, and ledger_inputs gives every transition its snapshot as before: the
-- household snapshot narrowed to the right's facts, which is exactly what used to be stored.
-- Transitions of earlier runs and of workers keep their snapshot in the row.

create table screening_snapshots (
  run_id       integer not null references screening_runs (id),
  household_id integer not null references households (id),
  -- {"household": {fact: {value, source, observed}}, "persons": [{"id", "role", "facts": {…}}]}
  snapshot     jsonb not null,
  primary key (run_id, household_id)
);
-- Part of the ledger's evidence: append-only like the ledger itself.
create trigger screening_snapshots_append_only before update or delete on screening_snapshots
  for each row execute function reject_change();
create trigger screening_snapshots_no_truncate before truncate on screening_snapshots
  for each statement execute function reject_truncate();

-- {"<right>": {"household": [facts], "person": [facts]}}: the facts each right of the run reads.
alter table screening_runs add column right_facts jsonb;

-- A household snapshot narrowed to the facts of one right (members keep their order).
create function screening_input_snapshot(household_snapshot jsonb, facts jsonb) returns jsonb
  language sql immutable as $$
  select jsonb_build_object(
    'household', coalesce((select jsonb_object_agg(e.key, e.value) from jsonb_each(household_snapshot -> 'household') e
                            where (facts -> 'household') ? e.key), '{}'::jsonb),
    'persons', coalesce((select jsonb_agg(jsonb_build_object('id', p.value -> 'id', 'role', p.value -> 'role', 'facts',
                           coalesce((select jsonb_object_agg(f.key, f.value) from jsonb_each(p.value -> 'facts') f
                                      where (facts -> 'person') ? f.key), '{}'::jsonb)) order by p.ordinality)
                          from jsonb_array_elements(household_snapshot -> 'persons') with ordinality p), '[]'::jsonb))
$$;

-- Every transition with the snapshot of its inputs, wherever it is stored.
create view ledger_inputs as
  select t.id,
         coalesce(screening_input_snapshot(s.snapshot, r.right_facts -> t.right_id), t.input_snapshot) as input_snapshot
    from ledger_transitions t
    left join screening_snapshots s
      on s.run_id = t.screening_run_id and s.household_id = t.subject_id and t.subject_type = 'household'
    left join screening_runs r on r.id = t.screening_run_id and s.run_id is not null;
