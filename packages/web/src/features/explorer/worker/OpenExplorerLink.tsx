import { Link } from 'react-router';
import { useExplorerTranslation } from '../i18n/namespace.ts';

/** The link from a dossier to worker mode of the Rechtenverkenner. */
export function OpenExplorerLink({ dossierId }: { dossierId: string }) {
  const { t } = useExplorerTranslation();
  return (
    <p>
      <Link className="button" to={`/dossiers/${encodeURIComponent(dossierId)}/rechtenverkenner`}>
        {t('worker.open')}
      </Link>
    </p>
  );
}
