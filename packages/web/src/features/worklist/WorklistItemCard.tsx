import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContactForm } from './ContactForm.tsx';
import { ensureWorklistNamespace } from './i18n/namespace.ts';
import { useRightName } from '../../api/rightNames.ts';
import { LETTER_LANGUAGES, useAssign, useOutreach, useTransition, type WorklistItem } from './worklist.api.ts';

/** One household on the worklist: why it is there, who works on it, a contact form, and the actions per right. */
export function WorklistItemCard({ item, assignees, partners }: { item: WorklistItem; assignees: { id: string; name: string }[]; partners: { id: string; name: string }[] }) {
  const { t } = useTranslation(ensureWorklistNamespace());
  const assign = useAssign();
  const outreach = useOutreach();
  const transition = useTransition();
  const rightName = useRightName();
  const [letters, setLetters] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  // Empty: the person's preferred language (Dutch when unknown); the worker may choose another.
  const [language, setLanguage] = useState('');
  const selectId = `assignee-${item.household_id}`;
  const languageId = `letter-language-${item.household_id}`;
  // A follow-up date goes with the next action recorded on this card.
  const [followUpOn, setFollowUpOn] = useState('');
  const followUpId = `follow-up-${item.household_id}`;
  const followUpHelpId = `${followUpId}-help`;
  return (
    <li className="card" data-household={item.household_id} id={`household-${item.household_id}`}>
      <h3 className="card__title">{item.title ?? t('noDossier', { id: item.household_id })}</h3>
      <p>
        {t('why', { count: item.rights.length, value: Math.round(item.value_per_year), children: item.children })}
        {item.no_income && ` ${t('noIncome')}`}
        {item.rechtencheck_overdue && <strong className="message message--error"> {t('checkOverdue')}</strong>}
      </p>
      <p>{item.organisations.length > 0 ? t('guidedBy', { names: item.organisations.map((o) => o.name).join(', ') }) : t('guidedByNobody')}</p>
      <p className="muted">{item.last_rechtencheck ? t('lastCheck', { date: item.last_rechtencheck }) : t('neverChecked')}</p>
      <div className="field">
        <label htmlFor={selectId}>{t('assignee')}</label>
        <select
          id={selectId}
          className="input"
          value={item.assignee?.id ?? ''}
          onChange={(event) => assign.mutate({ household: item.household_id, assignee: event.target.value || null })}
        >
          <option value="">{t('nobody')}</option>
          {assignees.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      {item.follow_up_on && <p data-next-follow-up={item.follow_up_on}>{t('nextFollowUp', { date: item.follow_up_on })}</p>}
      <div className="field">
        <label htmlFor={followUpId}>{t('followUpOn')}</label>
        <input id={followUpId} type="date" className="input" value={followUpOn} aria-describedby={followUpHelpId} onChange={(event) => setFollowUpOn(event.target.value)} />
        <p id={followUpHelpId} className="muted">
          {t('followUpHelp')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={languageId}>{t('letterLanguage')}</label>
        <select id={languageId} className="input" value={language} onChange={(event) => setLanguage(event.target.value)}>
          <option value="">{item.letter_language ? t('languages.preferredKnown', { language: t(`languages.${item.letter_language}`) }) : t('languages.preferred')}</option>
          {LETTER_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <ContactForm
        item={item}
        partners={partners}
        followUpOn={followUpOn}
        onRecorded={(message) => {
          setDone(message);
          setFollowUpOn('');
        }}
      />
      <ul className="plain-list">
        {item.rights.map((r) => (
          <li key={r.right} data-right={r.right}>
            <strong>{rightName(r.right)}</strong> — {t(`states.${r.state}`)}
            {r.amount !== null && ` (€ ${r.amount})`}
            <div className="form--inline">
              <Button
                className="button"
                onPress={() =>
                  outreach.mutate(
                    { household: item.household_id, right: r.right, kind: 'letter', outcome: 'planned', followUpOn, ...(language ? { language } : {}) },
                    {
                      onSuccess: (result) => {
                        setFollowUpOn('');
                        if (result.letter_url) setLetters((l) => ({ ...l, [r.right]: result.letter_url! }));
                        if (result.language) setDone(t('letterMade', { language: t(`languages.${result.language}`) }));
                      },
                    },
                  )
                }
              >
                {t('letter')}
              </Button>
              <Button className="button" onPress={() => transition.mutate({ household: item.household_id, right: r.right, state: 'aangevraagd' }, { onSuccess: () => setDone(t('appliedRecorded')) })}>
                {t('applied')}
              </Button>
              <Button className="button" onPress={() => transition.mutate({ household: item.household_id, right: r.right, state: 'toegekend' }, { onSuccess: () => setDone(t('grantedRecorded')) })}>
                {t('granted')}
              </Button>
              {letters[r.right] && (
                <a href={letters[r.right]} target="_blank" rel="noreferrer">
                  {t('openLetter')}
                </a>
              )}
            </div>
          </li>
        ))}
      </ul>
      <Link to={`/rechtendetectie/gezinnen/${item.household_id}`}>{t('history')}</Link>
      <p role="status" className="message">
        {done}
      </p>
      {(outreach.error ?? transition.error ?? assign.error) && (
        <p role="alert" className="message message--error">
          {t('failed')}
        </p>
      )}
    </li>
  );
}
