import type { Queryable } from '../../platform/db/connect.ts';
import type { Role } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/auth/actor.ts';

/** A user with the organisation, as the API shows it (never the password hash). */
export type UserView = Actor & { active: boolean };

/** A user row with the password hash, for signing in only. */
export interface UserCredentials {
  user: UserView;
  passwordHash: string;
}

function baseQuery(q: Queryable) {
  return q.db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.active',
      'users.password_hash',
      'organisations.id as organisation_id',
      'organisations.name as organisation_name',
      'organisations.type as organisation_type',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toView(row: Row): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    organisation: { id: row.organisation_id, name: row.organisation_name, type: row.organisation_type },
  };
}

/** Finds a user and the password hash by e-mail (case-insensitive). */
export async function findCredentialsByEmail(q: Queryable, email: string): Promise<UserCredentials | undefined> {
  const row = await baseQuery(q).where('users.email', '=', email.toLowerCase()).executeTakeFirst();
  return row ? { user: toView(row), passwordHash: row.password_hash } : undefined;
}

/** Finds a user by id. */
export async function findUserById(q: Queryable, id: number): Promise<UserView | undefined> {
  const row = await baseQuery(q).where('users.id', '=', id).executeTakeFirst();
  return row ? toView(row) : undefined;
}

/** Lists users, optionally of one organisation, by name. */
export async function listUsers(q: Queryable, organisationId?: number): Promise<UserView[]> {
  let query = baseQuery(q).orderBy('users.name').orderBy('users.id');
  if (organisationId !== undefined) query = query.where('users.organisation_id', '=', organisationId);
  return (await query.execute()).map(toView);
}

/** Values of a new user. */
export interface NewUser {
  email: string;
  name: string;
  role: Role;
  organisationId: number;
  passwordHash: string;
}

/** Inserts a user and returns its id. */
export async function insertUser(q: Queryable, user: NewUser): Promise<number> {
  const row = await q.db
    .insertInto('users')
    .values({
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      organisation_id: user.organisationId,
      password_hash: user.passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether any user exists (an empty database gets the demo on first start). */
export async function hasUsers(q: Queryable): Promise<boolean> {
  return (await q.db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Changes of a user; absent fields stay as they are. */
export interface UserChanges {
  name?: string;
  role?: Role;
  organisationId?: number;
  active?: boolean;
  passwordHash?: string;
}

/** Applies changes to a user; false when there is no such user. */
export async function updateUser(q: Queryable, id: number, changes: UserChanges): Promise<boolean> {
  const set = {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.role !== undefined ? { role: changes.role } : {}),
    ...(changes.organisationId !== undefined ? { organisation_id: changes.organisationId } : {}),
    ...(changes.active !== undefined ? { active: changes.active } : {}),
    ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
  };
  if (Object.keys(set).length === 0) return (await findUserById(q, id)) !== undefined;
  const result = await q.db.updateTable('users').set(set).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
