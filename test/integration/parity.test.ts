// The same queries through the SDK client against the real server and against the offline source over
// the same dataset object must give the same ids in the same order on every page: the query semantics
// live once, in @shhk/sdk's query module, and both sides must really use them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSampleDataset } from '@shhk/dataset';
import { createClient, type Dataset, type ExchangeClient, type QueryByResource, type ResourceName } from '@shhk/sdk';
import { startServer, type RunningServer } from '@shhk/server';

type Case = {
  [R in ResourceName]: {
    name: string;
    resource: R;
    query: QueryByResource[R];
    /** The query must match at least this many records, so the comparison is not vacuous. */
    min: number;
  };
}[ResourceName];

const PUDONG = { lat: 31.2215, lng: 121.544 };
const KOWLOON = { lat: 22.3193, lng: 114.1694 };

const CASES: readonly Case[] = [
  { name: 'all events, small pages', resource: 'events', query: { limit: 7 }, min: 15 },
  { name: 'events, 简 text', resource: 'events', query: { q: '创新', limit: 4 }, min: 5 },
  { name: 'events, 繁 text', resource: 'events', query: { q: '創新', limit: 4 }, min: 5 },
  { name: 'events, English word prefix', resource: 'events', query: { q: 'innov', limit: 5 }, min: 5 },
  { name: 'events, two terms', resource: 'events', query: { q: '上海 forum', limit: 5 }, min: 1 },
  { name: 'events by kind and region', resource: 'events', query: { kind: ['forum', 'expo'], region: ['shanghai'], limit: 3 }, min: 3 },
  { name: 'events from/to', resource: 'events', query: { from: '2026-03-01', to: '2026-09-01', limit: 5 }, min: 3 },
  { name: 'events from a date-time, by status', resource: 'events', query: { from: '2026-11-27T09:00:00+08:00', status: ['scheduled', 'tentative'], limit: 6 }, min: 1 },
  { name: 'events for founders', resource: 'events', query: { audience: ['founders'], limit: 4 }, min: 1 },
  { name: 'incubators, 简 text', resource: 'incubators', query: { q: '生物', limit: 3 }, min: 4 },
  { name: 'incubators, 繁 text', resource: 'incubators', query: { q: '生物醫藥', limit: 3 }, min: 4 },
  { name: 'incubators near Pudong', resource: 'incubators', query: { near: PUDONG, limit: 5 }, min: 10 },
  { name: 'incubators near Kowloon by name', resource: 'incubators', query: { near: KOWLOON, sort: 'name', limit: 6 }, min: 10 },
  { name: 'incubators with text near a point', resource: 'incubators', query: { q: '科技', near: PUDONG, sort: 'distance', limit: 4 }, min: 1 },
  { name: 'incubators by service, HK founders', resource: 'incubators', query: { service: ['financing'], acceptsHongKongFounders: true, limit: 4 }, min: 1 },
  { name: 'incubators in Hong Kong, English prefix', resource: 'incubators', query: { region: ['hong-kong'], q: 'sci', limit: 2 }, min: 1 },
  { name: 'incubators by district', resource: 'incubators', query: { district: ['sh-yangpu', 'sh-pudong'], limit: 2 }, min: 1 },
  { name: 'organizations by type', resource: 'organizations', query: { type: ['university'], limit: 3 }, min: 1 },
  { name: 'organizations, 繁 text', resource: 'organizations', query: { q: '香港', limit: 4 }, min: 1 },
  { name: 'policies, Hong Kong', resource: 'policies', query: { jurisdiction: ['hong-kong'], limit: 2 }, min: 1 },
  { name: 'policies, open subsidies', resource: 'policies', query: { kind: ['subsidy'], status: ['open'], limit: 2 }, min: 1 },
  { name: 'programs, everything', resource: 'programs', query: { limit: 3 }, min: 1 },
  { name: 'talents by region', resource: 'talents', query: { region: ['shanghai', 'hong-kong'], limit: 5 }, min: 1 },
  { name: 'holidays, mainland 2026', resource: 'holidays', query: { region: ['mainland'], from: '2026-01-01', to: '2027-01-01', limit: 10 }, min: 1 },
];

async function pages(client: ExchangeClient, c: Case): Promise<{ ids: string[][]; cursors: (string | null)[] }> {
  const ids: string[][] = [];
  const cursors: (string | null)[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < 200; n++) {
    const resource = client[c.resource] as { list(q: object): Promise<{ items: { id: string }[]; nextCursor: string | null }> };
    const page = await resource.list({ ...c.query, ...(cursor ? { cursor } : {}) });
    ids.push(page.items.map((i) => i.id));
    cursors.push(page.nextCursor);
    if (page.nextCursor === null) return { ids, cursors };
    cursor = page.nextCursor;
  }
  throw new Error(`${c.name}: paging did not end`);
}

describe('parity: server vs offline client over the same dataset', () => {
  let dataset: Dataset;
  let server: RunningServer;
  let online: ExchangeClient;
  let offline: ExchangeClient;
  const totals = new Map<string, string[]>();

  before(async () => {
    dataset = buildSampleDataset({ anchor: '2026-11-27' });
    server = await startServer({ dataset, port: 0, host: '127.0.0.1' });
    online = createClient({ baseUrl: new URL('v1', server.url), retry: 0 });
    offline = createClient({ dataset });
  });
  after(() => server.close());

  it('should run at least 15 cases across every list resource', () => {
    assert.ok(CASES.length >= 15);
    assert.deepEqual(new Set(CASES.map((c) => c.resource)), new Set(['events', 'incubators', 'organizations', 'policies', 'programs', 'talents', 'holidays']));
  });

  for (const c of CASES) {
    it(`should agree on ${c.name}`, async () => {
      const [a, b] = await Promise.all([pages(online, c), pages(offline, c)]);
      assert.deepEqual(a.ids, b.ids, 'same ids in the same order on every page');
      assert.deepEqual(a.cursors, b.cursors, 'same cursors');
      const all = a.ids.flat();
      assert.equal(new Set(all).size, all.length, 'no duplicates across pages');
      assert.ok(all.length >= c.min, `${c.name}: ${all.length} results, expected at least ${c.min}`);
      const limit = c.query.limit ?? 50;
      for (const page of a.ids.slice(0, -1)) assert.equal(page.length, limit, 'full pages before the last');
      totals.set(c.name, all);
    });
  }

  it('should fold 简 and 繁 to the same results', () => {
    assert.deepEqual(totals.get('events, 繁 text'), totals.get('events, 简 text'));
    assert.ok((totals.get('incubators, 繁 text')?.length ?? 0) > 0);
  });

  it('should agree on districts', async () => {
    const [a, b] = await Promise.all([online.districts.list(), offline.districts.list()]);
    assert.deepEqual(a.items.map((d) => d.id), b.items.map((d) => d.id));
    assert.equal(a.items.length, 34);
  });
});
