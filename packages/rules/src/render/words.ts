import type { Period } from '../load/types.ts';
import type { Lang, Status } from '../types.ts';

interface Words {
  status: Record<Status, string>;
  period: Record<Period, string>;
  amount: string;
  member: string;
  confirm: string;
  yours: string;
  limit: string;
  missing: string;
  uncertain: string;
  gap(size: string, above: boolean): string;
  nearMiss(fact: string, size: string, lower: boolean): string;
}

/** The fixed words of rendered explanations, in klare taal. */
export const WORDS: Record<Lang, Words> = {
  nl: {
    status: { eligible: 'u hebt recht', 'eligible-if-confirmed': 'u hebt recht als enkele gegevens bevestigd worden', undetermined: 'nog niet te bepalen', 'not-eligible': 'u hebt geen recht' },
    period: { month: 'per maand', year: 'per jaar', once: 'eenmalig' },
    amount: 'Bedrag',
    member: 'Gezinslid',
    confirm: 'Nog te bevestigen',
    yours: 'uw waarde',
    limit: 'grens',
    missing: 'we weten nog niet',
    uncertain: 'Let op: vraag dit na bij de dienst, niet alle gegevens zijn zeker.',
    gap: (size, above) => `${size} ${above ? 'te hoog' : 'te laag'}`,
    nearMiss: (fact, size, lower) => `Bijna: met ${size} ${lower ? 'minder' : 'meer'} zou u recht hebben (${fact}).`,
  },
  fr: {
    status: { eligible: 'vous y avez droit', 'eligible-if-confirmed': 'vous y avez droit si certaines données sont confirmées', undetermined: 'pas encore possible de décider', 'not-eligible': "vous n'y avez pas droit" },
    period: { month: 'par mois', year: 'par an', once: 'une fois' },
    amount: 'Montant',
    member: 'Membre du ménage',
    confirm: 'À confirmer',
    yours: 'votre valeur',
    limit: 'limite',
    missing: 'nous ne savons pas encore',
    uncertain: 'Attention : vérifiez auprès du service, toutes les données ne sont pas sûres.',
    gap: (size, above) => `${size} ${above ? 'de trop' : 'de moins'}`,
    nearMiss: (fact, size, lower) => `Presque : avec ${size} ${lower ? 'de moins' : 'de plus'}, vous y auriez droit (${fact}).`,
  },
  en: {
    status: { eligible: 'you are entitled', 'eligible-if-confirmed': 'you are entitled if some facts are confirmed', undetermined: 'cannot be decided yet', 'not-eligible': 'you are not entitled' },
    period: { month: 'per month', year: 'per year', once: 'once' },
    amount: 'Amount',
    member: 'Household member',
    confirm: 'Still to confirm',
    yours: 'your value',
    limit: 'limit',
    missing: 'we do not know yet',
    uncertain: 'Note: check with the provider, not all figures are certain.',
    gap: (size, above) => `${size} ${above ? 'too high' : 'too low'}`,
    nearMiss: (fact, size, lower) => `Almost: with ${size} ${lower ? 'less' : 'more'} you would be entitled (${fact}).`,
  },
};
