import { useState, type FormEvent } from 'react';
import { MEMBER_ROLES, type MemberRole } from '@springplank/rules';
import { memberLabel } from '../household/memberLabel.ts';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import type { Member } from '../state/answers.ts';
import { today } from '../state/evaluation.ts';
import { useChangeHousehold, type WorkerExplorerView } from './worker.api.ts';

const ADDABLE = MEMBER_ROLES.filter((r) => r !== 'aanvrager');

/**
 * The household builder of worker mode: the dossier's household is a record of the platform, so
 * a new member needs a name and joins from today, and a member who left is ended today (the
 * history of the household is kept, so a member added today cannot also leave today).
 */
export function WorkerHousehold({ view, members }: { view: WorkerExplorerView; members: Member[] }) {
  const { t } = useExplorerTranslation();
  const change = useChangeHousehold(view.dossier.id, view.dossier.household_id);
  const [given, setGiven] = useState('');
  const [family, setFamily] = useState('');
  const [role, setRole] = useState<MemberRole>('kind');
  const [missing, setMissing] = useState(false);
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!given.trim() || !family.trim()) return setMissing(true);
    setMissing(false);
    change.mutate(
      { add: { given_name: given.trim(), family_name: family.trim(), role }, valid_from: today() },
      { onSuccess: () => (setGiven(''), setFamily('')) },
    );
  };
  return (
    <section className="household" aria-labelledby="household-title">
      <h2 id="household-title">{t('household.title')}</h2>
      <ul className="household__list">
        {members.map((m) => {
          const label = memberLabel(m, members, t);
          const stored = view.members.find((v) => v.id === m.id);
          // A membership ends the day after it started at the earliest (the platform keeps history).
          const membership = stored && stored.from < today() ? stored.membership_id : undefined;
          return (
            <li key={m.id} className="household__member">
              <p className="household__label">{label}</p>
              {m.role !== 'aanvrager' && membership && (
                <button type="button" className="button button--secondary" onClick={() => change.mutate({ end: membership, valid_until: today() })}>
                  {t('worker.endMember', { who: label })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <form className="household__fields" onSubmit={add} noValidate aria-label={t('worker.addMember')}>
        <div className="field">
          <label htmlFor="new-member-given">{t('worker.givenName')}</label>
          <input id="new-member-given" className="input" value={given} onChange={(e) => setGiven(e.target.value)} aria-describedby={missing ? 'new-member-error' : undefined} aria-invalid={missing && !given.trim() ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor="new-member-family">{t('worker.familyName')}</label>
          <input id="new-member-family" className="input" value={family} onChange={(e) => setFamily(e.target.value)} aria-describedby={missing ? 'new-member-error' : undefined} aria-invalid={missing && !family.trim() ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor="new-member-role">{t('household.role')}</label>
          <select id="new-member-role" className="input" value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
            {ADDABLE.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {missing && (
          <p id="new-member-error" role="alert" className="field-error">
            {t('worker.nameMissing')}
          </p>
        )}
        {change.error && (
          <p role="alert" className="message message--error">
            {t('worker.saveFailed')}
          </p>
        )}
        <div>
          <button type="submit" className="button button--secondary">
            {t('worker.addMember')}
          </button>
        </div>
      </form>
    </section>
  );
}
