import type { Queryable } from '../db/connect.ts';

/** Inserts a session; the token itself is never stored, only its hash. */
export async function insertSession(q: Queryable, tokenHash: string, userId: number, expiresAt: Date): Promise<void> {
  await q.db.insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt }).execute();
}

/** A stored session. */
export interface SessionRow {
  userId: number;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** Finds a session by token hash. */
export async function findSession(q: Queryable, tokenHash: string): Promise<SessionRow | undefined> {
  const row = await q.db
    .selectFrom('sessions')
    .select(['user_id', 'last_seen_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? { userId: row.user_id, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at } : undefined;
}

/** Records activity on a session (for idle expiry). */
export async function touchSession(q: Queryable, tokenHash: string, at: Date): Promise<void> {
  await q.db.updateTable('sessions').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute();
}

/** Deletes one session (logout or expiry). */
export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Deletes every expired session. */
export async function deleteExpiredSessions(q: Queryable, now: Date, idleSince: Date): Promise<void> {
  await q.db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .execute();
}

/** Deletes every session of a user (deactivated, or changed rights or password). */
export async function deleteSessionsOfUser(q: Queryable, userId: number): Promise<void> {
  await q.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
