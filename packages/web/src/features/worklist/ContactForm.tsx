import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureWorklistNamespace } from './i18n/namespace.ts';
import { useRightName } from '../../api/rightNames.ts';
import { CONTACT_KINDS, CONTACT_OUTCOMES, useOutreach, type ContactKind, type WorklistItem } from './worklist.api.ts';

/**
 * One form on a worklist card to record a contact: a phone call, a home visit or a contact via a
 * partner organisation, about one right, with its outcome. The follow-up date of the card goes
 * with it. One form with the kind as a choice keeps the card small (a letter has its own button
 * per right, because it makes a PDF).
 */
export function ContactForm({
  item,
  partners,
  followUpOn,
  onRecorded,
}: {
  item: WorklistItem;
  /** The other organisations of the werkingsgebied (not the worker's own). */
  partners: { id: string; name: string }[];
  followUpOn: string;
  onRecorded: (message: string) => void;
}) {
  const { t } = useTranslation(ensureWorklistNamespace());
  const outreach = useOutreach();
  const rightName = useRightName();
  const [right, setRight] = useState(item.rights[0]?.right ?? '');
  const [kind, setKind] = useState<ContactKind>('phone');
  const [partner, setPartner] = useState('');
  const [outcome, setOutcome] = useState<(typeof CONTACT_OUTCOMES)[number]>('reached');
  const id = (name: string) => `contact-${name}-${item.household_id}`;
  const guiding = new Set(item.organisations.map((o) => o.id));
  // The partner that already has a dossier on the household is the likely way in: offer it first.
  const offered = [...partners].sort((a, b) => Number(guiding.has(b.id)) - Number(guiding.has(a.id)));
  const chosenPartner = partner || offered[0]?.id || '';

  function submit(event: FormEvent) {
    event.preventDefault();
    const partnerName = offered.find((p) => p.id === chosenPartner)?.name ?? '';
    outreach.mutate(
      { household: item.household_id, right, kind, outcome, followUpOn, ...(kind === 'partner' ? { partnerOrganisation: chosenPartner } : {}) },
      { onSuccess: () => onRecorded(t(`contact.recorded.${kind}`, { partner: partnerName })) },
    );
  }

  return (
    <form className="form contact-form" aria-labelledby={id('title')} onSubmit={submit}>
      <h4 id={id('title')}>{t('contact.title')}</h4>
      <div className="form--inline">
        <div className="field">
          <label htmlFor={id('right')}>{t('contact.right')}</label>
          <select id={id('right')} className="input" value={right} onChange={(event) => setRight(event.target.value)}>
            {item.rights.map((r) => (
              <option key={r.right} value={r.right}>
                {rightName(r.right)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('kind')}>{t('contact.kind')}</label>
          <select id={id('kind')} className="input" value={kind} onChange={(event) => setKind(event.target.value as ContactKind)}>
            {CONTACT_KINDS.map((k) => (
              <option key={k} value={k} disabled={k === 'partner' && offered.length === 0}>
                {t(`contact.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {kind === 'partner' && (
          <div className="field">
            <label htmlFor={id('partner')}>{t('contact.partner')}</label>
            <select id={id('partner')} className="input" value={chosenPartner} onChange={(event) => setPartner(event.target.value)}>
              {offered.map((p) => (
                <option key={p.id} value={p.id}>
                  {guiding.has(p.id) ? t('contact.partnerGuides', { name: p.name }) : p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={id('outcome')}>{t('contact.outcome')}</label>
          <select id={id('outcome')} className="input" value={outcome} onChange={(event) => setOutcome(event.target.value as (typeof CONTACT_OUTCOMES)[number])}>
            {CONTACT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`contact.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="button" disabled={outreach.isPending || !right || (kind === 'partner' && !chosenPartner)}>
        {t('contact.submit')}
      </button>
      {outreach.error && (
        <p role="alert" className="message message--error">
          {t('failed')}
        </p>
      )}
    </form>
  );
}
