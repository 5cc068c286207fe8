import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.ts';
import { Page } from '../../app/Page.tsx';
import { formatDateTime } from '../../components/format.ts';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { usePersonAudit } from './audit.api.ts';


function AuditTable({ entries, personId }: { entries: AuditEntry[]; personId: string }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  if (entries.length === 0) return <p>{t('audit.none')}</p>;
  return (
    // A wide table scrolls inside its own focusable region, so the page itself never scrolls sideways.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{t('audit.caption', { personId, total: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.record')}</th>
            <th scope="col">{t('audit.purpose')}</th>
            <th scope="col">{t('audit.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={`${entry.at}-${index}`}>
              <td>{formatDateTime(entry.at, i18n.language)}</td>
              <td>
                {entry.actor === 'system'
                  ? t('audit.system')
                  : `${entry.actor.name} (${t(`roles.${entry.actor.role}`)})`}
              </td>
              <td>{t(`auditActions.${entry.action}`, { defaultValue: entry.action })}</td>
              <td>{entry.record}</td>
              <td>{t(`auditPurposes.${entry.purpose}`, { defaultValue: entry.purpose })}</td>
              <td>{t(`auditOutcomes.${entry.outcome}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * For the DPO: "who looked at or changed this person's file, when, why, and was it allowed?"
 * The person is chosen by id; the answer lists every recorded access, newest as the server sends.
 */
export function PersonAuditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { personId } = useParams();
  const [value, setValue] = useState(personId ?? '');
  const [attempted, setAttempted] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const audit = usePersonAudit(personId);
  // Person numbers are digits only; saying so here saves a round trip and a vaguer message.
  const fieldError = value.trim() === '' ? 'audit.personIdMissing' : /^\d+$/.test(value.trim()) ? null : 'audit.personIdDigits';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (fieldError) return input.current?.focus();
    void navigate(`/audit/persons/${encodeURIComponent(value.trim())}`);
  };

  return (
    <Page title={t('audit.title')}>
      <p>{t('audit.intro')}</p>
      <Form
        className="form form--inline"
        onSubmit={onSubmit}
        validationBehavior="aria"
        role="search"
        aria-label={t('audit.searchLabel')}
      >
        <TextField
          className="field"
          name="personId"
          isRequired
          value={value}
          onChange={setValue}
          isInvalid={attempted && fieldError !== null}
        >
          <Label>{t('audit.personId')}</Label>
          <Text slot="description" className="field-help">
            {t('audit.personIdHelp')}
          </Text>
          <Input ref={input} className="input" />
          <FieldError className="field-error">{fieldError && t(fieldError)}</FieldError>
        </TextField>
        <Button type="submit" className="button">
          {t('audit.submit')}
        </Button>
      </Form>
      {personId !== undefined && (
        <section aria-labelledby="audit-results">
          <h2 id="audit-results">{t('audit.resultsHeading')}</h2>
          <QueryStatus isPending={audit.isPending} error={audit.error} />
          {audit.data && <AuditTable entries={audit.data} personId={personId} />}
        </section>
      )}
    </Page>
  );
}
