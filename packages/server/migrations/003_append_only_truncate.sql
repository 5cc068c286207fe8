-- 003_append_only_truncate: TRUNCATE bypasses row triggers, so the append-only tables of 001
-- (facts, audit_log) also get a statement trigger that refuses it. Emptying the audit log would
-- otherwise leave a chain of zero records that verifies as intact.

create function reject_truncate() returns trigger
  language plpgsql as $$
begin
  raise exception 'table % is append-only: TRUNCATE is not allowed', tg_table_name
    using errcode = 'P0001';
end;
$$;

create trigger facts_no_truncate before truncate on facts
  for each statement execute function reject_truncate();

create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function reject_truncate();
