import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { ensureWorklistNamespace } from './i18n/namespace.ts';
import { useRightName } from '../../api/rightNames.ts';
import { useFollowUps } from './worklist.api.ts';

/**
 * The follow-ups that are due today or overdue, oldest first. One disappears as soon as the
 * next action for that household and right is recorded (on the card below, or in the ledger).
 */
export function FollowUpList() {
  const { t } = useTranslation(ensureWorklistNamespace());
  const followUps = useFollowUps();
  const rightName = useRightName();
  return (
    <section aria-labelledby="follow-ups-title" className="follow-ups">
      <h2 id="follow-ups-title">{t('followUps.title')}</h2>
      <QueryStatus isPending={followUps.isPending} error={followUps.error} />
      {followUps.data && followUps.data.items.length === 0 && <p>{t('followUps.none')}</p>}
      {followUps.data && followUps.data.items.length > 0 && (
        <ul className="plain-list follow-ups__list">
          {followUps.data.items.map((f) => (
            <li key={f.action_id} data-follow-up={f.household_id} data-overdue={f.overdue}>
              <strong className={f.overdue ? 'message--error' : undefined}>{f.overdue ? t('followUps.overdue', { date: f.follow_up_on }) : t('followUps.dueToday')}</strong>{' '}
              {t('followUps.what', {
                household: f.dossier_title ?? t('noDossier', { id: f.household_id }),
                kind: t(`kinds.${f.kind}`),
                right: f.right ? rightName(f.right) : t('followUps.anyRight'),
                by: f.recorded_by,
              })}
              {f.assignee && ` ${t('followUps.assignee', { name: f.assignee })}`}{' '}
              <Link to={`/rechtendetectie/gezinnen/${f.household_id}`}>{t('history')}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
