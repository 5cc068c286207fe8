import './explorer.css';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FactRef, MemberRole } from '@springplank/rules';
import { Page } from '../../app/Page.tsx';
import { useExplorerCatalog } from './catalog/catalogData.ts';
import { ExplorerWorkspace } from './ExplorerWorkspace.tsx';
import { useExplorerTranslation } from './i18n/namespace.ts';
import { nextMemberId, withAnswer, withoutMember, type Answer, type Member } from './state/answers.ts';
import { useStoredAnswers } from './state/useStoredAnswers.ts';
import { CatalogStatus } from './catalog/CatalogStatus.tsx';

/**
 * Citizen mode of the Rechtenverkenner: public, no sign-in, no tracking. The catalogue is
 * fetched once as static data and every evaluation runs in this browser; the answers are kept
 * on this device only.
 */
export function ExplorerPage() {
  const { t } = useExplorerTranslation();
  const catalog = useExplorerCatalog();
  const { answers, setAnswers, clear, resumed } = useStoredAnswers();
  const [position, setPosition] = useState(answers.asked.length);

  const onAnswer = (ref: FactRef, answer: Answer) => setAnswers((a) => withAnswer(a, ref, answer));
  const household = {
    onAdd: (role: MemberRole) => setAnswers((a) => ({ ...a, members: [...a.members, { id: nextMemberId(a), role, name: '' }] })),
    onRemove: (id: string) => setAnswers((a) => withoutMember(a, id)),
    onChange: (member: Member) => setAnswers((a) => ({ ...a, members: a.members.map((m) => (m.id === member.id ? member : m)) })),
  };
  const restart = () => {
    clear();
    setPosition(0);
  };

  return (
    <Page title={t('page.title')}>
      <p className="lead">{t('page.intro')}</p>
      <p className="message">{t('page.privacy')}</p>
      {resumed && <p className="message message--success">{t('page.resumed')}</p>}
      <CatalogStatus pending={catalog.isPending} failed={Boolean(catalog.error)} />
      {catalog.data && (
        <ExplorerWorkspace
          data={catalog.data}
          answers={answers}
          position={Math.min(position, answers.asked.length)}
          onPosition={setPosition}
          onAnswer={onAnswer}
          household={household}
        />
      )}
      <div className="explorer__footer-actions">
        <Link className="button" to="/rechtenverkenner/overzicht">
          {t('page.overview')}
        </Link>
        <button type="button" className="button button--secondary" onClick={restart}>
          {t('page.clear')}
        </button>
        <Link to="/rechten">{t('page.catalogLink')}</Link>
      </div>
    </Page>
  );
}
