import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Household } from '../../api/types.ts';
import { Page } from '../../app/Page.tsx';
import { formatDate } from '../../components/format.ts';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useDossier, useHousehold } from './dossiers.api.ts';
import { DossierFacts } from './DossierFacts.tsx';
import { OpenExplorerLink } from '../explorer/worker/OpenExplorerLink.tsx';

function HouseholdMembers({ household }: { household: Household }) {
  const { t, i18n } = useTranslation();
  const current = household.members.filter((member) => member.until === null);
  if (current.length === 0) return <p>{t('dossier.noMembers')}</p>;
  return (
    <ul className="card-list">
      {current.map((member) => (
        <li key={member.person.id} className="card">
          <h3 className="card__title">
            {member.person.given_name} {member.person.family_name}
          </h3>
          <dl className="facts">
            <dt>{t('dossier.personNumber')}</dt>
            <dd className="person-number">{member.person.id}</dd>
            <dt>{t('dossier.memberRole')}</dt>
            <dd>{t(`memberRoles.${member.role}`)}</dd>
            {member.person.date_of_birth && (
              <>
                <dt>{t('dossier.dateOfBirth')}</dt>
                <dd>{formatDate(member.person.date_of_birth, i18n.language)}</dd>
              </>
            )}
            <dt>{t('dossier.memberSince')}</dt>
            <dd>{formatDate(member.from, i18n.language)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** One dossier: who follows it up (aanspreekpunt and backup) and the household it is about. */
export function DossierDetailPage() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const dossier = useDossier(dossierId);
  const household = useHousehold(dossier.data?.household_id);
  return (
    <Page title={dossier.data?.title ?? t('dossier.title')} documentTitle={t('dossier.title')}>
      <p>
        <Link to="/dossiers">{t('dossier.backToList')}</Link>
      </p>
      <QueryStatus isPending={dossier.isPending} error={dossier.error} />
      {dossier.data && (
        <>
          <OpenExplorerLink dossierId={dossierId} />
          <h2>{t('dossier.followUp')}</h2>
          <DossierFacts dossier={dossier.data} />
          <h2>{t('dossier.household')}</h2>
          <QueryStatus isPending={household.isPending} error={household.error} />
          {household.data && <HouseholdMembers household={household.data} />}
        </>
      )}
    </Page>
  );
}
