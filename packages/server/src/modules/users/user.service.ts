import type { Actor } from '../../platform/auth/actor.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/connect.ts';
import type { Role } from '../../platform/db/schema.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { findOrganisation } from '../organisations/organisation.repository.ts';
import { findCredentialsByEmail, findUserById, insertUser, updateUser, type UserView } from './user.repository.ts';
import { deleteSessionsOfUser } from '../../platform/auth/session.repository.ts';
import { MIN_PASSWORD_LENGTH } from './user.schema.ts';

/** What is needed to create an account. */
export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  organisationId: number;
  password: string;
}

/**
 * Creates an account (beheerder via the API, or the CLI with actor null). The account and its
 * audit record are written in one transaction.
 */
export async function createUser(database: Database, actor: Actor | null, input: CreateUserInput): Promise<UserView> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw Errors.invalidField('body.password', 'password-too-short', `A password has at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const passwordHash = await hashPassword(input.password);
  return database.transaction(async (tx) => {
    if (!(await findOrganisation(tx, input.organisationId))) {
      throw Errors.invalidField('body.organisation_id', 'unknown-organisation', `There is no organisation with id ${input.organisationId}.`);
    }
    if (await findCredentialsByEmail(tx, input.email)) {
      throw Errors.conflict('body.email', 'An account with this e-mail address already exists.');
    }
    const id = await insertUser(tx, { ...input, passwordHash });
    await recordAudit(tx, {
      actor,
      action: 'create',
      recordType: 'user',
      recordId: id,
      purpose: 'account-management',
      outcome: 'allowed',
      details: { role: input.role, organisation_id: input.organisationId },
    });
    return (await findUserById(tx, id))!;
  });
}

/** What may change of an account. */
export interface ChangeUserInput {
  name?: string;
  role?: Role;
  organisationId?: number;
  active?: boolean;
  password?: string;
}

/**
 * Changes an account (beheerder). Deactivating it, or changing its role, organisation or
 * password, ends its sessions: the next request signs in again under the new rights.
 * A beheerder cannot deactivate themselves or take away their own role, so an organisation
 * never locks itself out by mistake. Audited in the same transaction.
 */
export async function changeUser(database: Database, actor: Actor, userId: number, input: ChangeUserInput): Promise<UserView> {
  if (userId === actor.id && (input.active === false || (input.role !== undefined && input.role !== actor.role))) {
    throw Errors.invalidField(input.active === false ? 'body.active' : 'body.role', 'own-account', 'You cannot deactivate your own account or change your own role.');
  }
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  return database.transaction(async (tx) => {
    if (input.organisationId !== undefined && !(await findOrganisation(tx, input.organisationId))) {
      throw Errors.invalidField('body.organisation_id', 'unknown-organisation', `There is no organisation with id ${input.organisationId}.`);
    }
    const { password: _password, ...rest } = input;
    if (!(await updateUser(tx, userId, { ...rest, ...(passwordHash ? { passwordHash } : {}) }))) throw Errors.notFound('user', userId);
    const endsSessions = input.active === false || input.role !== undefined || input.organisationId !== undefined || passwordHash !== undefined;
    if (endsSessions) await deleteSessionsOfUser(tx, userId);
    await recordAudit(tx, {
      actor,
      action: 'update',
      recordType: 'user',
      recordId: userId,
      purpose: 'account-management',
      outcome: 'allowed',
      // Which fields changed, never the password itself.
      details: { changed: Object.keys(input).sort(), sessions_ended: endsSessions },
    });
    return (await findUserById(tx, userId))!;
  });
}
