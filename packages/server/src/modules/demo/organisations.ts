/**
 * The fixed part of the demo: the fictitious municipalities Kansendonk and Beekveld, their GBO
 * werkingsgebied, the partner organisations and a user for every role. All names are invented;
 * NIS codes starting with 99 belong to no real Belgian municipality.
 */

/** The shared password of every demo user (team contract; a demo, never production). */
export const DEMO_PASSWORD = 'springplank-demo';

/** A fictitious municipality of the demo, with its (fictitious) neighbourhoods. */
export interface DemoMunicipality {
  nisCode: string;
  name: string;
  neighbourhoods: readonly string[];
}

/** Kansendonk (99001) and Beekveld (99002). */
export const DEMO_MUNICIPALITIES: readonly DemoMunicipality[] = [
  {
    nisCode: '99001',
    name: 'Kansendonk',
    neighbourhoods: ['Centrum', 'Molenwijk', 'Spoorkant', 'Heidebos', 'Vlasbloem', 'Kanaalzone'],
  },
  { nisCode: '99002', name: 'Beekveld', neighbourhoods: ['Dorpskern', 'Beekhoek', 'Kapelveld'] },
];

/** The GBO partnership that covers both municipalities. */
export const DEMO_WERKINGSGEBIED = 'GBO Kansendonk-Beekveld';

/** Short keys the generator uses for the demo organisations. */
export type DemoOrganisationKey = 'ocmw' | 'gemeente' | 'caw' | 'dmw' | 'school' | 'vereniging';

/** A demo organisation: key, unique name and organisation type code. */
export interface DemoOrganisation {
  key: DemoOrganisationKey;
  name: string;
  type: 'ocmw' | 'caw' | 'dmw' | 'partner' | 'vereniging';
}

/**
 * The organisations of the demo werkingsgebied. The policy department of the gemeente has type
 * `ocmw` because, since the 2019 integration, gemeente and OCMW form one local administration.
 */
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'ocmw', name: 'Sociaal Huis Kansendonk (OCMW)', type: 'ocmw' },
  { key: 'gemeente', name: 'Gemeente Kansendonk', type: 'ocmw' },
  { key: 'caw', name: 'CAW Kansendonk', type: 'caw' },
  { key: 'dmw', name: 'Dienst Maatschappelijk Werk Ziekenfonds Samenzorg', type: 'dmw' },
  { key: 'school', name: 'Basisschool De Kansenboom', type: 'partner' },
  { key: 'vereniging', name: 'De Kansenkring, vereniging waar armen het woord nemen', type: 'vereniging' },
];

/** A demo user account. */
export interface DemoUser {
  email: string;
  name: string;
  role:
    | 'onthaalmedewerker'
    | 'maatschappelijk-werker'
    | 'coordinator'
    | 'partner-signaalgever'
    | 'beleidsmedewerker'
    | 'dpo'
    | 'beheerder';
  organisation: DemoOrganisationKey;
}

/**
 * The nine demo logins of the team contract, then a few extra maatschappelijk werkers so that
 * every dossier can have an aanspreekpunt and a different backup within its own organisation.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'onthaal@ocmw.kansendonk.demo', name: 'Ona Blompel', role: 'onthaalmedewerker', organisation: 'ocmw' },
  { email: 'mw@ocmw.kansendonk.demo', name: 'Mira Kwidaert', role: 'maatschappelijk-werker', organisation: 'ocmw' },
  { email: 'coordinator@ocmw.kansendonk.demo', name: 'Kobe Zarsink', role: 'coordinator', organisation: 'ocmw' },
  { email: 'mw@caw.kansendonk.demo', name: 'Cato Fleuboom', role: 'maatschappelijk-werker', organisation: 'caw' },
  { email: 'mw@dmw.kansendonk.demo', name: 'Dina Trovel', role: 'maatschappelijk-werker', organisation: 'dmw' },
  { email: 'signaal@school.kansendonk.demo', name: 'Sam Mupkens', role: 'partner-signaalgever', organisation: 'school' },
  { email: 'beleid@gemeente.kansendonk.demo', name: 'Bo Grister', role: 'beleidsmedewerker', organisation: 'gemeente' },
  { email: 'dpo@ocmw.kansendonk.demo', name: 'Dara Vlamans', role: 'dpo', organisation: 'ocmw' },
  { email: 'beheer@ocmw.kansendonk.demo', name: 'Bert Snurix', role: 'beheerder', organisation: 'ocmw' },
  { email: 'mw2@ocmw.kansendonk.demo', name: 'Lia Plolant', role: 'maatschappelijk-werker', organisation: 'ocmw' },
  { email: 'mw3@ocmw.kansendonk.demo', name: 'Ramon Drigoor', role: 'maatschappelijk-werker', organisation: 'ocmw' },
  { email: 'mw2@caw.kansendonk.demo', name: 'Tes Wobweel', role: 'maatschappelijk-werker', organisation: 'caw' },
  { email: 'mw2@dmw.kansendonk.demo', name: 'Vi Krambo', role: 'maatschappelijk-werker', organisation: 'dmw' },
];

/** The maatschappelijk werkers of one organisation, who can be aanspreekpunt or backup. */
export function caseWorkers(organisation: DemoOrganisationKey): readonly DemoUser[] {
  return DEMO_USERS.filter((u) => u.organisation === organisation && u.role === 'maatschappelijk-werker');
}
