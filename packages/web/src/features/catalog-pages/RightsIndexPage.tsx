import '../explorer/explorer.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { DOMAINS, GRANTING, LEVELS } from '@springplank/rules';
import { Page } from '../../app/Page.tsx';
import { useExplorerCatalog } from '../explorer/catalog/catalogData.ts';
import { useExplorerTranslation } from '../explorer/i18n/namespace.ts';
import { CatalogStatus } from '../explorer/catalog/CatalogStatus.tsx';

/** The public index of every right: search by name, filter by life domain, level and granting mode. */
export function RightsIndexPage() {
  const { t, lang } = useExplorerTranslation();
  const catalog = useExplorerCatalog();
  const [query, setQuery] = useState('');
  const [domain, setDomain] = useState('');
  const [level, setLevel] = useState('');
  const [granting, setGranting] = useState('');
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const rights = [...(catalog.data?.catalog.rights.values() ?? [])]
    .filter((r) => (!domain || r.domain === domain) && (!level || r.level === level) && (!granting || r.granting === granting))
    .filter((r) => words.every((w) => `${r.name[lang]} ${r.id}`.toLocaleLowerCase().includes(w)))
    .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  const select = (id: string, label: string, value: string, set: (v: string) => void, options: readonly string[], prefix: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('catalogPages.all')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${prefix}.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Page title={t('catalogPages.indexTitle')}>
      <p className="lead">{t('catalogPages.indexIntro')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="rights-search">{t('catalogPages.search')}</label>
          <input id="rights-search" className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        {select('rights-domain', t('catalogPages.domain'), domain, setDomain, DOMAINS, 'domains')}
        {select('rights-level', t('catalogPages.level'), level, setLevel, LEVELS, 'levels')}
        {select('rights-granting', t('catalogPages.granting'), granting, setGranting, GRANTING, 'grantingModes')}
      </form>
      <CatalogStatus pending={catalog.isPending} failed={Boolean(catalog.error)} />
      {catalog.data && (
        <>
          <p role="status">{t('catalogPages.count', { count: rights.length })}</p>
          <ul className="card-list">
            {rights.map((r) => (
              <li key={r.id} className="card">
                <p className="card__title">
                  <Link to={`/rechten/${r.id}`}>{r.name[lang]}</Link>
                </p>
                <p className="muted">
                  {t(`domains.${r.domain}`)} · {t(`levels.${r.level}`)} · {t(`grantingModes.${r.granting}`)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/rechtenverkenner">{t('catalogPages.toExplorer')}</Link>
      </p>
    </Page>
  );
}
