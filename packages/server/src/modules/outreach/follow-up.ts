import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import type { Database, Queryable } from '../../platform/db/connect.ts';
import { personIdsOfHouseholds } from '../households/household.repository.ts';
import { today } from '../ledger/ledger.service.ts';
import { optedOutHouseholds } from './contact-preference.ts';

/** A scheduled follow-up of an outreach action that no later action has answered yet. */
export interface FollowUp {
  actionId: number;
  householdId: number;
  /** The organisation's dossier on the household, if any. */
  dossierTitle: string | null;
  right: string | null;
  kind: string;
  outcome: string;
  note: string | null;
  followUpOn: string;
  /** Who recorded the action that scheduled it. */
  recordedBy: string;
  assignee: string | null;
}

/**
 * The open follow-ups of an organisation's outreach actions: a follow-up date was set and
 * nothing happened since. A follow-up is done as soon as the next step for the same household
 * and right is recorded — a later outreach action (by anyone; an action without a right answers
 * every right), or a worker's own step in the ledger (applied, granted, refused…). Nothing is
 * stored as "done": it is derived, so it can never disagree with what was recorded.
 * `until`: only follow-ups due on or before that day; null for all of them.
 */
export async function openFollowUps(q: Queryable, organisationId: number, until: string | null): Promise<FollowUp[]> {
  const rows = await q.query<{
    id: number;
    household_id: number;
    title: string | null;
    right_id: string | null;
    kind: string;
    outcome: string;
    note: string | null;
    follow_up_on: string;
    recorded_by: string;
    assignee: string | null;
  }>(
    `select a.id, a.household_id, d.title, a.right_id, a.kind, a.outcome, a.note, a.follow_up_on::text as follow_up_on, u.name as recorded_by, asg.name as assignee
       from outreach_actions a
       join users u on u.id = a.actor_user_id
       left join lateral (select title from dossiers where household_id = a.household_id and organisation_id = a.organisation_id and status <> 'closed' order by opened_on limit 1) d on true
       left join lateral (select w.name from worklist_assignments s left join users w on w.id = s.assignee_user_id
                           where s.household_id = a.household_id order by s.id desc limit 1) asg on true
      where a.organisation_id = $1 and a.follow_up_on is not null and ($2::date is null or a.follow_up_on <= $2::date)
        and not exists (select 1 from outreach_actions n where n.household_id = a.household_id and n.id > a.id
                         and (a.right_id is null or n.right_id is null or n.right_id = a.right_id))
        and not exists (select 1 from ledger_transitions l where l.subject_type = 'household' and l.subject_id = a.household_id
                         and l.actor_user_id is not null and l.at > a.at and not (l.evidence ? 'outreach_action')
                         and (a.right_id is null or l.right_id = a.right_id))
      order by a.follow_up_on, a.id`,
    [organisationId, until],
  );
  return rows.map((r) => ({
    actionId: Number(r.id),
    householdId: r.household_id,
    dossierTitle: r.title,
    right: r.right_id,
    kind: r.kind,
    outcome: r.outcome,
    note: r.note,
    followUpOn: r.follow_up_on,
    recordedBy: r.recorded_by,
    assignee: r.assignee,
  }));
}

/** Follow-ups that are due (today) or overdue (before today), and how many households were left out because they refused contact. */
export interface FollowUpList {
  today: string;
  items: (FollowUp & { overdue: boolean })[];
  optedOut: number;
}

/**
 * The organisation's due and overdue follow-ups (or those due up to `until`), oldest first.
 * Households where someone refused proactive contact since are left out: the refusal wins over
 * a planned call. Audited with every person of the households shown.
 */
export function readFollowUps(database: Database, actor: Actor, query: { until?: string | undefined }): Promise<FollowUpList> {
  return audited<FollowUpList>(database, { actor, action: 'read-follow-ups', recordType: 'worklist', recordId: actor.organisation.id, purpose: 'case-work', what: 'worklist' }, async (tx) => {
    const now = today();
    const open = await openFollowUps(tx, actor.organisation.id, query.until ?? now);
    const refused = await optedOutHouseholds(tx, [...new Set(open.map((f) => f.householdId))]);
    const items = open.filter((f) => !refused.has(f.householdId)).map((f) => ({ ...f, overdue: f.followUpOn < now }));
    const households = [...new Set(items.map((i) => i.householdId))];
    const personIds = await personIdsOfHouseholds(tx, households);
    return { kind: 'done', personIds, value: { today: now, items, optedOut: refused.size } };
  });
}
