import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type TestClient } from '../../../test/http-client.ts';
import { buildApp, type SpringplankApp } from '../../app.ts';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { loadDetectionWorld } from '../screening/detection-world.ts';

let database: Database;
let server: SpringplankApp;
let coordinator: TestClient;
const AT = '2026-11-01';

interface RunView {
  id: string;
  status: string;
  rights: string[];
  progress: { total: number; processed: number; granted: number; to_worker: number };
}
interface DecisionView {
  id: string;
  person: { id: string; name: string } | null;
  right: string;
  amount: number | null;
  reasons: { nl: string[]; fr: string[]; en: string[] };
  letter_url: string;
  reversed: { reason: string; by: string | null } | null;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDetectionWorld(database, 200);
  server = await buildApp({ database, webDist: null });
  coordinator = await signedIn(server.app, 'coordinator@ocmw.kansendonk.demo', 'springplank-demo');
});
afterAll(async () => {
  await server?.app.close();
  await database?.close();
});

describe('grant runs for the coordinator page', () => {
  it('lists the municipalities and their automatic rights, starts a run for one right without waiting, and shows its progress and decisions', async () => {
    const municipalities = (await coordinator.request('GET', '/api/grants/municipalities')).json() as { items: { nis: string; rights: { id: string; name: { nl: string } }[] }[] };
    const kansendonk = municipalities.items.find((m) => m.nis === '99001')!;
    expect(kansendonk.rights.length).toBeGreaterThan(0);
    const right = kansendonk.rights[0]!.id;

    const started = await coordinator.request('POST', '/api/grants/runs', { municipality_nis: '99001', at_date: AT, rights: [right], wait: false, chunk_size: 50 });
    expect(started.statusCode).toBe(202);
    const id = (started.json() as { id: string }).id;
    let run: RunView | undefined;
    for (let i = 0; i < 200; i += 1) {
      run = ((await coordinator.request('GET', `/api/grants/runs/${id}`)).json() as { run: RunView }).run;
      if (run.status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(run).toMatchObject({ status: 'done', rights: [right] });
    expect(run!.progress.processed).toBe(run!.progress.total);
    expect(run!.progress.total).toBeGreaterThan(0);
    const list = (await coordinator.request('GET', '/api/grants/runs')).json() as { items: RunView[] };
    expect(list.items[0]).toMatchObject({ id, status: 'done' });

    const detail = (await coordinator.request('GET', `/api/grants/runs/${id}`)).json() as { decisions: DecisionView[]; decision_count: number };
    expect(detail.decision_count).toBe(run!.progress.granted);
    expect(detail.decisions.length).toBe(Math.min(100, run!.progress.granted));
    for (const d of detail.decisions) {
      expect(d.right).toBe(right);
      expect(d.person?.name).toMatch(/\S+ \S+/);
      expect(d.reasons.nl.length).toBeGreaterThan(0);
      expect(d.reasons.fr.length).toBe(d.reasons.nl.length);
    }
    const letter = await coordinator.request('GET', detail.decisions[0]!.letter_url);
    expect(letter.statusCode).toBe(200);
    expect(String(letter.headers['content-type'])).toBe('application/pdf');
    // Reading the decisions is audited with the persons named.
    const [audit] = await database.query<{ person_ids: string[]; purpose: string }>("select person_ids, purpose from audit_log where action = 'read-grant-run' order by id desc limit 1");
    expect(audit!.purpose).toBe('automatic-granting');
    expect(new Set(audit!.person_ids.map(Number))).toEqual(new Set(detail.decisions.map((d) => Number(d.person!.id))));

    // A reversal shows on the decision, with who and why.
    const first = detail.decisions[0]!;
    expect((await coordinator.request('POST', `/api/grants/decisions/${first.id}/reverse`, { reason: 'Het gezin woont niet meer in de gemeente.' })).statusCode).toBe(204);
    const after = (await coordinator.request('GET', `/api/grants/runs/${id}?limit=1`)).json() as { decisions: DecisionView[] };
    expect(after.decisions[0]!.reversed).toMatchObject({ reason: 'Het gezin woont niet meer in de gemeente.', by: expect.any(String) });
  });

  it('refuses a right that is not automatic for the municipality, naming the field', async () => {
    const response = await coordinator.request('POST', '/api/grants/runs', { municipality_nis: '99001', at_date: AT, rights: ['leefloon'] });
    expect(response.statusCode).toBe(422);
    expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(response.json())).toContain('body.rights');
    const empty = await coordinator.request('POST', '/api/grants/runs', { municipality_nis: '99001', at_date: AT, rights: [] });
    expect(empty.statusCode).toBe(422);
    const badPage = await coordinator.request('GET', '/api/grants/runs/1?limit=0');
    expect(badPage.statusCode).toBe(400);
    expect(JSON.stringify(badPage.json())).toContain('querystring.limit');
  });
});
