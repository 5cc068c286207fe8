import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureGrantsNamespace } from './i18n/namespace.ts';
import { useReverseDecision, type GrantDecision } from './grants.api.ts';
import { useRulesText } from '../ledger/useRulesText.ts';

/** The amount of a decision in the reader's language: "€ 150,00 per jaar". */
function useAmount(decision: GrantDecision): string {
  const { t, i18n } = useTranslation(ensureGrantsNamespace());
  if (decision.amount === null) return t('noAmount');
  const money = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-BE' : `${i18n.resolvedLanguage ?? 'nl'}-BE`, { style: 'currency', currency: 'EUR' }).format(decision.amount);
  return decision.amount_period === 'month' || decision.amount_period === 'year' ? t(`per.${decision.amount_period}`, { amount: money }) : money;
}

/**
 * One automatic decision: who, which right, the amount, why (the conditions that were met), the
 * decision letter, and — for the coordinator — reversing it with a reason. It is always a grant.
 */
export function DecisionItem({ decision }: { decision: GrantDecision }) {
  const { t, i18n } = useTranslation(ensureGrantsNamespace());
  const lang = (i18n.resolvedLanguage ?? 'nl') as 'nl' | 'fr' | 'en';
  const rules = useRulesText();
  const amount = useAmount(decision);
  const reverse = useReverseDecision();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const id = (name: string) => `decision-${name}-${decision.id}`;
  const who = decision.person?.name ?? t('household', { id: decision.household_id });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    reverse.mutate({ decision: decision.id, reason: reason.trim() }, { onSuccess: () => setOpen(false) });
  }

  return (
    <li className="card" data-decision={decision.id} data-reversed={decision.reversed !== null}>
      <h3 className="card__title" id={id('title')}>
        {who} — {decision.right_name?.[lang] ?? decision.right}
      </h3>
      <p>
        {decision.reversed ? t('reversed', { by: decision.reversed.by ?? '', date: decision.reversed.at.slice(0, 10), reason: decision.reversed.reason }) : t('granted', { amount, period: decision.period })}
      </p>
      <details>
        <summary>{t('why')}</summary>
        <ul>
          {decision.reasons[lang].map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <p className="muted">{rules(decision.catalog_version)}</p>
      </details>
      <p>
        <a href={decision.letter_url} target="_blank" rel="noreferrer" aria-describedby={id('title')}>
          {t('letter')}
        </a>
      </p>
      {!decision.reversed && !open && (
        <button type="button" className="button button--secondary" aria-describedby={id('title')} onClick={() => setOpen(true)}>
          {t('reverse')}
        </button>
      )}
      {open && (
        <form className="form" aria-labelledby={id('reverse-title')} onSubmit={submit}>
          <h4 id={id('reverse-title')}>{t('reverseTitle', { who })}</h4>
          <p>{t('reverseHelp')}</p>
          <div className="field">
            <label htmlFor={id('reason')}>{t('reason')}</label>
            <textarea
              id={id('reason')}
              className="input"
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={missingReason || undefined}
              aria-describedby={missingReason ? id('reason-error') : undefined}
              autoFocus
            />
            {missingReason && (
              <p id={id('reason-error')} className="message message--error">
                {t('reasonRequired')}
              </p>
            )}
          </div>
          <div className="form--inline">
            <button type="submit" className="button" disabled={reverse.isPending}>
              {t('reverseConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('cancel')}
            </button>
          </div>
          {reverse.error && (
            <p role="alert" className="message message--error">
              {t('failed')}
            </p>
          )}
        </form>
      )}
    </li>
  );
}
