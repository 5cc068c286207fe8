import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/connect.ts';
import { findCredentialsByEmail, findUserById } from '../../modules/users/user.repository.ts';
import type { Actor } from './actor.ts';
import { UNKNOWN_USER_HASH, verifyPassword } from './password.ts';
import { deleteExpiredSessions, deleteSession, findSession, insertSession, touchSession } from './session.repository.ts';

/** How long sessions live. */
export interface SessionPolicy {
  /** Absolute lifetime from sign-in. */
  maxAgeMs: number;
  /** A session without activity for this long ends. */
  idleMs: number;
}

/** A working day, and half an hour away from the desk. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { maxAgeMs: 10 * 60 * 60 * 1000, idleMs: 30 * 60 * 1000 };

// Writing last_seen_at on every request would turn every read into a write.
const TOUCH_INTERVAL_MS = 60 * 1000;

/** SHA-256 of a session token: what the sessions table stores. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toActor(user: Actor): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role, organisation: user.organisation };
}

/**
 * Checks e-mail and password; on success creates a session and returns its token.
 * An unknown e-mail still costs one password check, so timing does not reveal which e-mails exist.
 */
export async function signIn(
  q: Queryable,
  email: string,
  password: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<{ token: string; actor: Actor } | undefined> {
  const credentials = await findCredentialsByEmail(q, email);
  const matches = await verifyPassword(password, credentials?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!credentials || !matches || !credentials.user.active) return undefined;
  await deleteExpiredSessions(q, now, new Date(now.getTime() - policy.idleMs));
  const token = randomBytes(32).toString('base64url');
  await insertSession(q, hashToken(token), credentials.user.id, new Date(now.getTime() + policy.maxAgeMs));
  return { token, actor: toActor(credentials.user) };
}

/** The actor of a session token, or undefined when unknown, expired, idle too long or deactivated. */
export async function resolveSession(
  q: Queryable,
  token: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<Actor | undefined> {
  const tokenHash = hashToken(token);
  const session = await findSession(q, tokenHash);
  if (!session) return undefined;
  const idle = now.getTime() - session.lastSeenAt.getTime() >= policy.idleMs;
  if (idle || session.expiresAt.getTime() <= now.getTime()) {
    await deleteSession(q, tokenHash);
    return undefined;
  }
  const user = await findUserById(q, session.userId);
  if (!user?.active) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) await touchSession(q, tokenHash, now);
  return toActor(user);
}

/** Ends a session (logout). */
export async function signOut(q: Queryable, token: string): Promise<void> {
  await deleteSession(q, hashToken(token));
}
