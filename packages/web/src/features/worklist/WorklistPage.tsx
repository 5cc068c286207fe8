import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page.tsx';
import { useMe } from '../auth/session.ts';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { ensureWorklistNamespace } from './i18n/namespace.ts';
import { useRightNames } from '../../api/rightNames.ts';
import { ORDERS, useAssignees, useWorklist } from './worklist.api.ts';
import { FollowUpList } from './FollowUpList.tsx';
import { WorklistItemCard } from './WorklistItemCard.tsx';

/** The worklist: households with rights they may miss, in priority order, with outreach actions. */
export function WorklistPage() {
  const { t, i18n } = useTranslation(ensureWorklistNamespace());
  const lang = (i18n.resolvedLanguage ?? 'nl').slice(0, 2);
  const rights = useRightNames(lang);
  const [order, setOrder] = useState<string>('priority');
  const [right, setRight] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [neighbourhood, setNeighbourhood] = useState('');
  const list = useWorklist(order, { right, organisation, neighbourhood });
  const assignees = useAssignees();
  const me = useMe();
  // A contact via a partner goes through another organisation of the werkingsgebied, not one's own.
  const partners = (list.data?.organisations ?? []).filter((o) => o.id !== me.data?.organisation.id);
  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      <FollowUpList />
      <h2>{t('listTitle')}</h2>
      <div className="form form--inline">
        <div className="field">
          <label htmlFor="worklist-order">{t('order')}</label>
          <select id="worklist-order" className="input" value={order} onChange={(event) => setOrder(event.target.value)}>
            {ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`orders.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="worklist-right">{t('right')}</label>
          <select id="worklist-right" className="input" value={right} onChange={(event) => setRight(event.target.value)}>
            <option value="">{t('rightsAll')}</option>
            {[...(rights.data ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name, lang))
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="worklist-organisation">{t('organisation')}</label>
          <select id="worklist-organisation" className="input" value={organisation} onChange={(event) => setOrganisation(event.target.value)}>
            <option value="">{t('organisations.all')}</option>
            {(list.data?.organisations ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
            <option value="none">{t('organisations.none')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="worklist-neighbourhood">{t('neighbourhood')}</label>
          <select id="worklist-neighbourhood" className="input" value={neighbourhood} onChange={(event) => setNeighbourhood(event.target.value)}>
            <option value="">{t('neighbourhoods.all')}</option>
            {(list.data?.neighbourhoods ?? []).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryStatus isPending={list.isPending} error={list.error} />
      {list.data && (
        <>
          <p>{t('total', { count: list.data.total })}</p>
          {list.data.opted_out_hidden > 0 && <p>{t('optedOut', { count: list.data.opted_out_hidden })}</p>}
          <ul className="card-list">
            {list.data.items.map((item) => (
              <WorklistItemCard key={item.household_id} item={item} assignees={assignees.data ?? []} partners={partners} />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
