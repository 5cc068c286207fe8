import { afterEach, describe, expect, it } from 'vitest';
import { explorerCatalog } from '../explorer/explorer.catalog.ts';
import { ScreeningThread, screenRows, type ChunkRequest } from './screen-thread.ts';

// A large run screens its chunks in a thread of its own: the thread must find exactly what the
// server's own thread finds, and refuse to screen with another catalogue than the run's.
const { catalog, version } = explorerCatalog();
const line = (entity: 0 | 1, id: number, fact: string, value: unknown, observed = '2026-10-01') => `${entity},${id},${fact},register,${observed},1790000000,${id}${fact.length},${JSON.stringify(value)}`;
const request: ChunkRequest = {
  rights: [...catalog.rights.keys()],
  date: '2026-11-01',
  householdIds: [1, 2],
  rows: {
    members: [
      { household_id: 1, person_id: 11, role: 'aanvrager' },
      { household_id: 1, person_id: 12, role: 'kind' },
      { household_id: 2, person_id: 21, role: 'aanvrager' },
    ],
    facts: [
      line(1, 11, 'date_of_birth', '1985-04-02'),
      line(1, 11, 'leefloon_category', 'gezin-ten-laste'),
      line(1, 12, 'date_of_birth', '2015-09-12'),
      line(1, 21, 'date_of_birth', '1950-01-30'),
      line(1, 21, 'pension', true),
    ].join('\n'),
  },
  ledger: new Map([[`2|${[...catalog.rights.keys()][0]}`, { state: 'afgezien', inputHash: 'x' }]]),
};

let thread: ScreeningThread | undefined;
afterEach(async () => {
  await thread?.close();
  thread = undefined;
});

describe('the screening thread', () => {
  it('finds exactly what screening in the server thread finds', async () => {
    thread = new ScreeningThread(undefined, version);
    const here = screenRows(catalog, request);
    expect(here.encoded.candidates).toBeGreaterThan(0);
    expect(await thread.screen(request)).toEqual(here);
  });

  it('refuses to screen with another catalogue version than the run', async () => {
    thread = new ScreeningThread(undefined, 'another-version');
    await expect(thread.screen(request)).rejects.toThrow(/catalogue changed \(from another-version to /);
  });
});
