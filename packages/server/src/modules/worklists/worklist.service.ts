import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import type { Database, Queryable } from '../../platform/db/connect.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { canBeAssigned } from '../../platform/policies/policy.ts';
import { aanvragersOn } from '../households/aanvrager.ts';
import { personIdsOfHouseholds } from '../households/household.repository.ts';
import { householdAccess } from '../ledger/household-access.ts';
import { today } from '../ledger/ledger.service.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { optedOutHouseholds } from '../outreach/contact-preference.ts';
import { openFollowUps } from '../outreach/follow-up.ts';
import { partnerOrganisations } from '../outreach/partners.ts';
import { preferredLanguages } from '../outreach/letter-language.ts';
import { priority, sortWorklist, yearlyValue, type WorklistItem, type WorklistOrder } from './worklist.priority.ts';

/** Filters and order of a worklist. */
export interface WorklistQuery {
  right?: string | undefined;
  neighbourhood?: string | undefined;
  assignee?: number | 'none' | undefined;
  /** An organisation of the werkingsgebied that has an open dossier on the household, or 'none': no organisation has. */
  organisation?: number | 'none' | undefined;
  order: WorklistOrder;
  limit: number;
}

/** A worklist page: the items shown, how many match, and how many households were left out because they refused contact. */
export interface WorklistResult {
  items: WorklistItem[];
  total: number;
  optedOut: number;
  /** The organisations the list can be filtered by: the actor's own and the others of its werkingsgebied. */
  organisations: { id: number; name: string }[];
  /** The neighbourhoods of the households on the list (before filtering), to filter by. */
  neighbourhoods: string[];
}

/** Which of the given organisations have an open (not closed) dossier on each household. Only that fact, nothing of the dossier. */
async function guidingOrganisations(q: Queryable, householdIds: number[], organisationIds: number[]): Promise<Map<number, number[]>> {
  const rows = await q.query<{ household_id: number; organisation_id: number }>(
    `select distinct household_id, organisation_id from dossiers
      where household_id = any($1::int[]) and organisation_id = any($2::int[]) and status <> 'closed'`,
    [householdIds, organisationIds],
  );
  const out = new Map<number, number[]>();
  for (const r of rows) out.set(r.household_id, [...(out.get(r.household_id) ?? []), r.organisation_id]);
  return out;
}

// An application stays on the worklist until the provider decides: the worker follows it up.
const OPEN_STATES = ['mogelijk-recht', 'contact-gepland', 'gecontacteerd', 'aangevraagd'];

interface OpenRow {
  household_id: number;
  right_id: string;
  state: string;
  dossier_id: number | null;
  title: string | null;
  opened_on: string | null;
}

async function openRights(q: Queryable, actor: Actor, period: string): Promise<OpenRow[]> {
  // The organisation's own dossiers; for an OCMW also the residents of its werkingsgebied that a
  // screening detected (proactive detection reaches people without a dossier).
  return q.query<OpenRow>(
    `with mine as (
       select distinct on (household_id) household_id, id as dossier_id, title, opened_on from dossiers
        where organisation_id = $1 and status <> 'closed' order by household_id, opened_on),
     residents as (
       select distinct l.household_id, null::int as dossier_id, null::text as title, null::date as opened_on
         from ledger_transitions l join households h on h.id = l.household_id
        where $4 and l.period = $2 and l.household_id not in (select household_id from mine)
          and h.municipality_nis in (select w.municipality_nis from werkingsgebied_municipalities w join organisations o on o.werkingsgebied_id = w.werkingsgebied_id where o.id = $1)),
     scope as (select * from mine union all select * from residents)
     select c.household_id, c.right_id, c.state, m.dossier_id, m.title, m.opened_on::text as opened_on
       from scope m
       join lateral (select distinct on (right_id) right_id, state, subject_id as household_id from ledger_transitions l
                      where l.subject_type = 'household' and l.subject_id = m.household_id and l.period = $2
                      order by right_id, id desc) c on true
      where c.state = any($3::text[])`,
    [actor.organisation.id, period, OPEN_STATES, actor.organisation.type === 'ocmw'],
  );
}

async function householdDetails(q: Queryable, ids: number[]) {
  // One after the other: inside a transaction there is one connection.
  const amounts = await q.query<{ household_id: number; right_id: string; amount: string | null; period: string | null }>(
    `select distinct on (household_id, right_id) household_id, right_id, amount, period from screening_results
      where household_id = any($1::int[]) and kind = 'candidate' order by household_id, right_id, run_id desc`,
    [ids],
  );
  const members = await q.query<{ household_id: number; children: number; adults: number; no_income: number }>(
    `select m.household_id, count(*) filter (where m.role = 'kind')::int as children, count(*) filter (where m.role <> 'kind')::int as adults,
            count(*) filter (where m.role <> 'kind' and exists (
              select 1 from current_facts f where f.entity_type = 'person' and f.entity_id = m.person_id
                 and f.fact_id = 'net_income_monthly' and (f.value #>> '{}')::numeric = 0))::int as no_income
       from household_memberships m
      where m.household_id = any($1::int[]) and (m.valid_until is null or m.valid_until > current_date)
      group by m.household_id`,
    [ids],
  );
  const neighbourhoods = await q.query<{ household_id: number; neighbourhood: string }>(
    `select distinct on (entity_id) entity_id as household_id, value #>> '{}' as neighbourhood from facts
      where entity_type = 'household' and fact_id = 'neighbourhood' and entity_id = any($1::int[]) order by entity_id, recorded_at desc, id desc`,
    [ids],
  );
  // A Rechtencheck is a worker recording facts for the household or its members (explorer worker mode).
  const checks = await q.query<{ household_id: number; last: string }>(
    `select m.household_id, max(f.recorded_at)::date::text as last from household_memberships m
       join facts f on f.recorded_by is not null and ((f.entity_type = 'person' and f.entity_id = m.person_id) or (f.entity_type = 'household' and f.entity_id = m.household_id))
      where m.household_id = any($1::int[]) group by m.household_id`,
    [ids],
  );
  const assignees = await q.query<{ household_id: number; user_id: number | null; name: string | null }>(
    `select distinct on (a.household_id) a.household_id, a.assignee_user_id as user_id, u.name from worklist_assignments a
       left join users u on u.id = a.assignee_user_id where a.household_id = any($1::int[]) order by a.household_id, a.id desc`,
    [ids],
  );
  return { amounts, members, neighbourhoods, checks, assignees };
}

function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/**
 * The worklist of the actor's organisation: households with rights detected but not yet
 * applied for, in priority order (or the chosen order), filtered by right, neighbourhood,
 * assignee or organisation (which organisation of the werkingsgebied has an open dossier on it). Households where someone refused proactive contact are left out: their refusal
 * is honoured. Audited with every person shown.
 */
export function readWorklist(database: Database, actor: Actor, query: WorklistQuery): Promise<WorklistResult> {
  return audited<WorklistResult>(database, { actor, action: 'read-worklist', recordType: 'worklist', recordId: actor.organisation.id, purpose: 'proactive-detection', what: 'worklist' }, async (tx) => {
    const now = today();
    const partners = await partnerOrganisations(tx, actor);
    if (typeof query.organisation === 'number' && !partners.some((p) => p.id === query.organisation)) {
      throw Errors.invalidField('querystring.organisation', 'not-a-partner', 'Choose your own organisation or another organisation of your werkingsgebied, or none.');
    }
    const rows = await openRights(tx, actor, now.slice(0, 4));
    const ids = [...new Set(rows.map((r) => r.household_id))];
    const refused = await optedOutHouseholds(tx, ids);
    const d = await householdDetails(tx, ids);
    const amount = new Map(d.amounts.map((a) => [`${a.household_id}|${a.right_id}`, a]));
    const members = new Map(d.members.map((m) => [m.household_id, m]));
    const neighbourhood = new Map(d.neighbourhoods.map((n) => [n.household_id, n.neighbourhood]));
    const check = new Map(d.checks.map((c) => [c.household_id, c.last]));
    const assignee = new Map(d.assignees.map((a) => [a.household_id, a]));
    const guides = await guidingOrganisations(tx, ids, partners.map((p) => p.id));
    const partnerById = new Map(partners.map((p) => [p.id, p]));
    const followUp = new Map<number, string>();
    for (const f of await openFollowUps(tx, actor.organisation.id, null)) if (!followUp.has(f.householdId)) followUp.set(f.householdId, f.followUpOn);
    const byHousehold = new Map<number, Omit<WorklistItem, 'priority'>>();
    for (const r of rows) {
      if (refused.has(r.household_id)) continue;
      let item = byHousehold.get(r.household_id);
      if (!item) {
        const m = members.get(r.household_id);
        const lastCheck = check.get(r.household_id) ?? null;
        const a = assignee.get(r.household_id);
        item = {
          householdId: r.household_id,
          dossierId: r.dossier_id,
          title: r.title,
          neighbourhood: neighbourhood.get(r.household_id) ?? null,
          rights: [],
          value: 0,
          children: m?.children ?? 0,
          noIncome: (m?.adults ?? 0) > 0 && m?.no_income === m?.adults,
          lastCheck,
          checkOverdue: r.opened_on !== null && r.opened_on <= monthsBefore(now, 12) && (lastCheck === null || lastCheck < monthsBefore(now, 12)),
          assignee: a?.user_id ? { id: a.user_id, name: a.name ?? '' } : null,
          followUpOn: followUp.get(r.household_id) ?? null,
          organisations: (guides.get(r.household_id) ?? []).map((id) => partnerById.get(id)!).sort((a, b) => a.name.localeCompare(b.name)),
        };
        byHousehold.set(r.household_id, item);
      }
      const found = amount.get(`${r.household_id}|${r.right_id}`);
      const value = found?.amount === null || found === undefined ? null : Number(found.amount);
      item.rights.push({ right: r.right_id, state: r.state, amount: value, period: found?.period ?? null });
      item.value += yearlyValue(value, found?.period ?? null);
    }
    let items: WorklistItem[] = [...byHousehold.values()].map((i) => ({ ...i, priority: priority(i, now) }));
    const neighbourhoods = [...new Set(items.flatMap((i) => (i.neighbourhood ? [i.neighbourhood] : [])))].sort((a, b) => a.localeCompare(b));
    if (query.right) items = items.filter((i) => i.rights.some((r) => r.right === query.right));
    if (query.neighbourhood) items = items.filter((i) => i.neighbourhood === query.neighbourhood);
    if (query.assignee === 'none') items = items.filter((i) => i.assignee === null);
    else if (query.assignee !== undefined) items = items.filter((i) => i.assignee?.id === query.assignee);
    if (query.organisation === 'none') items = items.filter((i) => (i.organisations ?? []).length === 0);
    else if (query.organisation !== undefined) items = items.filter((i) => (i.organisations ?? []).some((o) => o.id === query.organisation));
    const shown = sortWorklist(items, query.order).slice(0, query.limit);
    // The language the aanvrager asked letters in, so the worker sees it before writing.
    const aanvragers = await aanvragersOn(tx, shown.map((i) => i.householdId), now);
    const languages = await preferredLanguages(tx, [...aanvragers.values()].map((a) => a.personId));
    for (const item of shown) item.letterLanguage = languages.get(aanvragers.get(item.householdId)?.personId ?? -1) ?? null;
    const personIds = await personIdsOfHouseholds(tx, shown.map((i) => i.householdId));
    return { kind: 'done', personIds, value: { items: shown, total: items.length, optedOut: refused.size, organisations: partners, neighbourhoods } };
  });
}

/** Assigns a household on the worklist to a case worker of the organisation (or unassigns it: null). Coordinator only; audited. */
export async function assignHousehold(database: Database, actor: Actor, householdId: number, assigneeId: number | null): Promise<void> {
  if (assigneeId !== null) {
    const user = await database.db
      .selectFrom('users')
      .select(['id', 'role', 'active', 'organisation_id'])
      .where('id', '=', assigneeId)
      .executeTakeFirst();
    if (!user || !canBeAssigned({ role: user.role, active: user.active, organisation: { id: user.organisation_id } }, { organisationId: actor.organisation.id })) {
      throw Errors.invalidField('body.assignee_user_id', 'not-assignable', 'Choose an active case worker of your own organisation.');
    }
  }
  await audited(database, { actor, action: 'worklist-assign', recordType: 'household', recordId: householdId, purpose: 'proactive-detection', what: 'household' }, async (tx) => {
    const access = await householdAccess(tx, actor, householdId);
    if (access.kind !== 'allowed') return access;
    await detectionDb(tx)
      .insertInto('worklist_assignments')
      .values({ household_id: householdId, organisation_id: actor.organisation.id, assignee_user_id: assigneeId, assigned_by: actor.id })
      .execute();
    return { kind: 'done', personIds: access.personIds, value: undefined, details: { assignee: assigneeId } };
  });
}
