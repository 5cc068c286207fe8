import type { Lang, Period, Status } from '@springplank/rules';

/** The fixed texts of the rights overview PDF (the catalogue supplies everything else). */
export interface OverviewWords {
  title: string;
  subtitle(date: string, version: string, household: string): string;
  band: Record<Exclude<Status, 'not-eligible'>, string>;
  period: Record<Period, string>;
  provider: string;
  documents: string;
  needs: string;
  confirm: string;
  uncertain: string;
  empty: string;
  footer: string;
}

/** Texts in klare taal, the same as the web app's overview (packages/web/src/features/explorer/i18n). */
export const OVERVIEW_WORDS: Record<Lang, OverviewWords> = {
  nl: {
    title: 'Rechtenoverzicht',
    subtitle: (date, version, household) => `${household}. Gemaakt op ${date} met de rechtencatalogus versie ${version}.`,
    band: {
      eligible: 'U hebt dit recht',
      'eligible-if-confirmed': 'U hebt dit recht waarschijnlijk, als enkele gegevens bevestigd worden',
      undetermined: 'Misschien: we moeten nog iets weten',
    },
    period: { month: 'per maand', year: 'per jaar', once: 'eenmalig' },
    provider: 'Waar',
    documents: 'Neem mee',
    needs: 'We moeten nog weten',
    confirm: 'Nog te bevestigen',
    uncertain: 'Vraag dit na bij de dienst: niet alle gegevens zijn zeker.',
    empty: 'Geen rechten in deze groep.',
    footer: 'Dit overzicht is geen beslissing. De dienst die het recht toekent, beslist.',
  },
  fr: {
    title: 'Aperçu des droits',
    subtitle: (date, version, household) => `${household}. Établi le ${date} avec le catalogue des droits version ${version}.`,
    band: {
      eligible: 'Vous avez ce droit',
      'eligible-if-confirmed': 'Vous avez probablement ce droit, si certaines données sont confirmées',
      undetermined: 'Peut-être : nous devons encore savoir quelque chose',
    },
    period: { month: 'par mois', year: 'par an', once: 'une fois' },
    provider: 'Où',
    documents: 'À emporter',
    needs: 'Nous devons encore savoir',
    confirm: 'À confirmer',
    uncertain: 'Renseignez-vous auprès du service : toutes les données ne sont pas certaines.',
    empty: 'Aucun droit dans ce groupe.',
    footer: "Cet aperçu n'est pas une décision. Le service qui accorde le droit décide.",
  },
  en: {
    title: 'Rights overview',
    subtitle: (date, version, household) => `${household}. Made on ${date} with the rights catalogue version ${version}.`,
    band: {
      eligible: 'You have this right',
      'eligible-if-confirmed': 'You probably have this right, if some details are confirmed',
      undetermined: 'Maybe: we still need to know something',
    },
    period: { month: 'per month', year: 'per year', once: 'once' },
    provider: 'Where',
    documents: 'Bring',
    needs: 'We still need to know',
    confirm: 'Still to be confirmed',
    uncertain: 'Check with the service: not all details are certain.',
    empty: 'No rights in this group.',
    footer: 'This overview is not a decision. The service that grants the right decides.',
  },
};
