import type { Role } from '../../api/types.ts';

/** A task a role can start from the home page and the main navigation. */
export interface RoleAction {
  /** Stable id, also used as React key and test hook. */
  id: string;
  /** Route the action opens. */
  to: string;
  /** i18n key of the link text. */
  titleKey: string;
  /** i18n key of the one-sentence explanation under the link. */
  descriptionKey: string;
}

const myDossiers: RoleAction = {
  id: 'my-dossiers',
  to: '/dossiers',
  titleKey: 'actions.myDossiers.title',
  descriptionKey: 'actions.myDossiers.description',
};

const organisationDossiers: RoleAction = {
  id: 'organisation-dossiers',
  to: '/dossiers',
  titleKey: 'actions.organisationDossiers.title',
  descriptionKey: 'actions.organisationDossiers.description',
};

const dossiers: RoleAction = {
  id: 'dossiers',
  to: '/dossiers',
  titleKey: 'actions.dossiers.title',
  descriptionKey: 'actions.dossiers.description',
};

const personAudit: RoleAction = {
  id: 'person-audit',
  to: '/audit',
  titleKey: 'actions.personAudit.title',
  descriptionKey: 'actions.personAudit.description',
};

const werkingsgebied: RoleAction = {
  id: 'werkingsgebied',
  to: '/werkingsgebied',
  titleKey: 'actions.werkingsgebied.title',
  descriptionKey: 'actions.werkingsgebied.description',
};

const users: RoleAction = {
  id: 'users',
  to: '/gebruikers',
  titleKey: 'actions.users.title',
  descriptionKey: 'actions.users.description',
};

const rechtenverkenner: RoleAction = {
  id: 'rechtenverkenner',
  to: '/rechtenverkenner',
  titleKey: 'actions.rechtenverkenner.title',
  descriptionKey: 'actions.rechtenverkenner.description',
};

/**
 * What each role can do in the app, in the order shown. The server's policy module remains the
 * authority: this list only decides which doors the UI shows, never what is allowed.
 */
export const ROLE_ACTIONS: Record<Role, readonly RoleAction[]> = {
  onthaalmedewerker: [dossiers, rechtenverkenner, werkingsgebied],
  'maatschappelijk-werker': [myDossiers, rechtenverkenner, werkingsgebied],
  coordinator: [organisationDossiers, rechtenverkenner, werkingsgebied],
  'partner-signaalgever': [rechtenverkenner, werkingsgebied],
  beleidsmedewerker: [werkingsgebied, rechtenverkenner],
  dpo: [personAudit],
  beheerder: [users, werkingsgebied],
};

/** The actions of one role. */
export function actionsFor(role: Role): readonly RoleAction[] {
  return ROLE_ACTIONS[role];
}

/** The i18n key of the dossier list heading for a role ("Mijn dossiers", …). */
export function dossierListTitleKey(role: Role): string {
  const action = ROLE_ACTIONS[role].find((a) => a.to === '/dossiers');
  return action?.titleKey ?? dossiers.titleKey;
}
