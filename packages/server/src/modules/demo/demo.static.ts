import { hashPassword } from '../../platform/auth/password.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { StaticIds } from './demo.rows.ts';
import { DEMO_MUNICIPALITIES, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS, DEMO_WERKINGSGEBIED } from './organisations.ts';

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo: ${what} is missing`);
  return value;
}

/**
 * Writes the fixed part of the demo (municipalities, werkingsgebied, organisations, users) and
 * returns the database ids by demo key and e-mail. Rows that already exist are kept as they
 * are (an administrator may have created one of these accounts before the demo was loaded).
 */
export async function ensureStaticDemo(tx: Queryable): Promise<StaticIds> {
  const db = tx.db;
  await db
    .insertInto('municipalities')
    .values(DEMO_MUNICIPALITIES.map((m) => ({ nis_code: m.nisCode, name: m.name })))
    .onConflict((oc) => oc.column('nis_code').doNothing())
    .execute();
  await db
    .insertInto('werkingsgebieden')
    .values({ name: DEMO_WERKINGSGEBIED })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const gebied = await db
    .selectFrom('werkingsgebieden')
    .select('id')
    .where('name', '=', DEMO_WERKINGSGEBIED)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('werkingsgebied_municipalities')
    .values(DEMO_MUNICIPALITIES.map((m) => ({ werkingsgebied_id: gebied.id, municipality_nis: m.nisCode })))
    .onConflict((oc) => oc.columns(['werkingsgebied_id', 'municipality_nis']).doNothing())
    .execute();
  await db
    .insertInto('organisations')
    .values(DEMO_ORGANISATIONS.map((o) => ({ name: o.name, type: o.type, werkingsgebied_id: gebied.id })))
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const orgRows = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('name', 'in', DEMO_ORGANISATIONS.map((o) => o.name))
    .execute();
  const organisations: Record<string, number> = {};
  for (const o of DEMO_ORGANISATIONS) {
    const row = orgRows.find((r) => r.name === o.name);
    if (row === undefined) throw new Error(`demo organisation ${o.name} is missing`);
    organisations[o.key] = row.id;
  }
  const existing = new Set(
    (await db.selectFrom('users').select('email').where('email', 'in', DEMO_USERS.map((u) => u.email)).execute()).map((r) => r.email),
  );
  const missing = DEMO_USERS.filter((u) => !existing.has(u.email));
  if (missing.length > 0) {
    // One hash (one salt) for all demo accounts: they share a published password anyway, and
    // scrypt is deliberately slow, so hashing it once per account would only slow the start.
    const hash = await hashPassword(DEMO_PASSWORD);
    await db
      .insertInto('users')
      .values(
        missing.map((u) => ({
          email: u.email,
          name: u.name,
          role: u.role,
          organisation_id: required(organisations[u.organisation], u.organisation),
          password_hash: hash,
        })),
      )
      .execute();
  }
  const userRows = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', DEMO_USERS.map((u) => u.email)).execute();
  const users: Record<string, number> = {};
  for (const row of userRows) users[row.email] = row.id;
  return { organisations, users };
}
