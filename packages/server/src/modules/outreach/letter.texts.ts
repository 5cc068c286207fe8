import type { Outcome, RightDefinition } from '@springplank/rules';
import type { LetterContent } from './letter.pdf.ts';

/** A language a letter can be written in. */
export type LetterLanguage = 'nl' | 'fr' | 'en';

const OUTREACH = {
  nl: {
    title: (right: string) => `U hebt misschien recht op: ${right}`,
    greeting: 'Beste',
    intro: 'Wij bekeken de gegevens die wij over uw gezin hebben. Daaruit blijkt dat u misschien recht hebt op deze steun. Veel mensen krijgen die steun niet, omdat ze niet weten dat hij bestaat.',
    how: 'Wat moet u doen?',
    documents: 'Neem dit mee:',
    contact: 'Hebt u vragen, of wilt u hulp bij de aanvraag? Bel of kom langs bij uw contactpersoon. Wilt u geen brieven of telefoons meer van ons over uw rechten? Zeg het ons: wij respecteren uw keuze.',
    closing: 'Met vriendelijke groeten',
    footer: 'Deze brief werd gemaakt met Springplank. U hoeft niets te doen als u dat niet wilt.',
  },
  fr: {
    title: (right: string) => `Vous avez peut-être droit à : ${right}`,
    greeting: 'Bonjour',
    intro: "Nous avons regardé les informations que nous avons sur votre ménage. Vous avez peut-être droit à cette aide. Beaucoup de personnes ne la reçoivent pas, parce qu'elles ne savent pas qu'elle existe.",
    how: 'Que devez-vous faire ?',
    documents: 'Apportez :',
    contact: "Vous avez des questions ou vous voulez de l'aide pour la demande ? Appelez ou passez chez votre personne de contact. Vous ne voulez plus de lettres ou d'appels sur vos droits ? Dites-le nous : nous respectons votre choix.",
    closing: 'Avec nos salutations cordiales',
    footer: "Cette lettre a été faite avec Springplank. Vous ne devez rien faire si vous ne le souhaitez pas.",
  },
  en: {
    title: (right: string) => `You may be entitled to: ${right}`,
    greeting: 'Dear',
    intro: 'We looked at the information we have about your household. It shows that you may be entitled to this support. Many people do not get it because they do not know it exists.',
    how: 'What do you need to do?',
    documents: 'Bring this with you:',
    contact: 'Do you have questions, or would you like help with the application? Call or visit your contact person. Do you not want any more letters or calls from us about your rights? Tell us: we respect your choice.',
    closing: 'Kind regards',
    footer: 'This letter was made with Springplank. You do not have to do anything if you do not want to.',
  },
} as const;

/** The outreach letter about one right, in plain language in the person's language. */
export function outreachLetter(right: RightDefinition, language: LetterLanguage, to: { name: string }, sender: string, date: string): LetterContent {
  const t = OUTREACH[language];
  return {
    language,
    sender,
    date,
    title: t.title(right.name[language]),
    greeting: `${t.greeting} ${to.name},`,
    paragraphs: [t.intro, right.description[language], ...(right.apply ? [`${t.how} ${right.apply.how[language]}`] : []), t.contact],
    ...(right.apply && right.apply.documents.length > 0 ? { list: { heading: t.documents, items: right.apply.documents.map((d) => d[language]) } } : {}),
    closing: `${t.closing},\n${sender}`,
    footer: t.footer,
  };
}

const DECISION = {
  nl: {
    title: (right: string) => `Beslissing: u krijgt ${right}`,
    greeting: 'Beste',
    decided: (amount: string) => `Goed nieuws: u krijgt deze steun${amount}. U hoeft daarvoor niets te doen.`,
    why: 'Waarom? U voldoet aan deze voorwaarden:',
    basis: (basis: string, version: string) => `Rechtsgrond: ${basis}. Regels: versie ${version}.`,
    appeal: 'Klopt er iets niet, of wilt u deze beslissing niet? Laat het ons weten. Een medewerker bekijkt dan uw dossier; de beslissing kan altijd worden teruggedraaid.',
    closing: 'Met vriendelijke groeten',
    footer: 'Springplank neemt alleen automatisch een beslissing als die gunstig is voor u. Twijfelen wij, dan kijkt een medewerker.',
  },
  fr: {
    title: (right: string) => `Décision : vous recevez ${right}`,
    greeting: 'Bonjour',
    decided: (amount: string) => `Bonne nouvelle : vous recevez cette aide${amount}. Vous ne devez rien faire.`,
    why: 'Pourquoi ? Vous remplissez ces conditions :',
    basis: (basis: string, version: string) => `Base légale : ${basis}. Règles : version ${version}.`,
    appeal: "Quelque chose n'est pas correct, ou vous ne voulez pas de cette décision ? Dites-le nous. Un collaborateur examinera votre dossier ; la décision peut toujours être annulée.",
    closing: 'Avec nos salutations cordiales',
    footer: "Springplank ne prend une décision automatiquement que si elle vous est favorable. En cas de doute, un collaborateur examine.",
  },
  en: {
    title: (right: string) => `Decision: you receive ${right}`,
    greeting: 'Dear',
    decided: (amount: string) => `Good news: you receive this support${amount}. You do not need to do anything.`,
    why: 'Why? You meet these conditions:',
    basis: (basis: string, version: string) => `Legal basis: ${basis}. Rules: version ${version}.`,
    appeal: 'Is something wrong, or do you not want this decision? Let us know. A worker will look at your file; the decision can always be reversed.',
    closing: 'Kind regards',
    footer: 'Springplank only decides automatically when the decision is favourable to you. When in doubt, a worker looks at it.',
  },
} as const;

/** The decision letter of an automatic grant: the decision, the conditions met, the legal basis and how to object. */
export function decisionLetter(
  right: RightDefinition,
  language: LetterLanguage,
  to: { name: string },
  sender: string,
  date: string,
  amount: string,
  conditions: string[],
  catalogVersion: string,
): LetterContent {
  const t = DECISION[language];
  return {
    language,
    sender,
    date,
    title: t.title(right.name[language]),
    greeting: `${t.greeting} ${to.name},`,
    paragraphs: [t.decided(amount), right.description[language]],
    list: { heading: t.why, items: conditions },
    closing: `${t.basis(right.legalBasis, catalogVersion)}\n\n${t.appeal}\n\n${t.closing},\n${sender}`,
    footer: t.footer,
  };
}

const PER: Record<LetterLanguage, { month: string; year: string }> = {
  nl: { month: ' per maand', year: ' per jaar' },
  fr: { month: ' par mois', year: ' par an' },
  en: { month: ' a month', year: ' a year' },
};

/** The sender of a decision letter: the granting municipality and its OCMW. */
export const DECISION_SENDER: Record<LetterLanguage, string> = { nl: 'Gemeente en OCMW', fr: 'Commune et CPAS', en: 'Municipality and OCMW' };

/** The amount of a decision as the letter says it: a decimal comma in Dutch and French, a point in English. */
export function decisionAmount(outcome: Pick<Outcome, 'amount' | 'period'>, language: LetterLanguage): string {
  if (outcome.amount === null) return '';
  const per = outcome.period === 'month' ? PER[language].month : outcome.period === 'year' ? PER[language].year : '';
  const amount = outcome.amount.toFixed(2);
  return ` (€ ${language === 'en' ? amount : amount.replace('.', ',')}${per})`;
}
