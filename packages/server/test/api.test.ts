import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { District, Event, Page, RESOURCE_SCHEMAS } from '@shhk/sdk';
import type { RunningServer } from '../src/serve.js';
import { readProblem, sampleDataset, startTestServer } from './helpers.js';

const SCHEMAS = { ...RESOURCE_SCHEMAS, districts: District };
type Resource = keyof typeof SCHEMAS;
const RESOURCES = Object.keys(SCHEMAS) as Resource[];

describe('Exchange API: lists and items', () => {
  let server: RunningServer;
  const url = (path: string) => new URL(path, server.url);
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('should answer /healthz with the record counts', async () => {
    const res = await fetch(url('/healthz'));
    assert.equal(res.status, 200);
    const body = (await res.json()) as { status: string; counts: Record<string, number> };
    assert.equal(body.status, 'ok');
    for (const resource of RESOURCES) assert.equal(body.counts[resource], sampleDataset()[resource].length);
  });

  for (const resource of RESOURCES) {
    it(`should list ${resource} as a schema-valid page`, async () => {
      const res = await fetch(url(`/v1/${resource}`));
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(res.headers.get('cache-control'), 'public, max-age=60');
      const page = Page(SCHEMAS[resource]).parse(await res.json());
      assert.ok(page.items.length > 0, `${resource} has items`);
    });

    if (resource !== 'districts') it(`should page through every ${resource} by nextCursor without duplicates`, async () => {
      const seen: string[] = [];
      let next: string | null = null;
      let pages = 0;
      do {
        const res: Response = await fetch(url(`/v1/${resource}?limit=7${next ? `&cursor=${encodeURIComponent(next)}` : ''}`));
        assert.equal(res.status, 200);
        const page = Page(SCHEMAS[resource]).parse(await res.json());
        assert.ok(page.items.length <= 7);
        seen.push(...page.items.map((i) => i.id));
        next = page.nextCursor;
        pages += 1;
        assert.ok(pages < 1000, 'paging terminates');
      } while (next !== null);
      assert.equal(new Set(seen).size, seen.length, 'no duplicates');
      assert.equal(seen.length, sampleDataset()[resource].length, 'every record is reached');
      assert.deepEqual(new Set(seen), new Set(sampleDataset()[resource].map((r) => r.id)));
    });

    it(`should get every ${resource} record by id, and 404 an unknown id`, async () => {
      for (const record of sampleDataset()[resource]) {
        const res = await fetch(url(`/v1/${resource}/${record.id}`));
        assert.equal(res.status, 200, record.id);
        const item = SCHEMAS[resource].parse(await res.json());
        assert.deepEqual(item, record);
      }
      const res = await fetch(url(`/v1/${resource}/no-such-id`));
      assert.equal(res.status, 404);
      const problem = await readProblem(res);
      assert.equal(problem.instance, `/v1/${resource}/no-such-id`);
      assert.match(problem.detail, /no-such-id/);
    });
  }

  it('should filter with the shared query semantics', async () => {
    const res = await fetch(url('/v1/events?kind=forum&limit=500'));
    const page = Page(Event).parse(await res.json());
    const expected = sampleDataset().events.filter((e) => e.kind === 'forum').map((e) => e.id).sort();
    assert.ok(expected.length > 0);
    assert.deepEqual(page.items.map((e) => e.id).sort(), expected);
  });

  it('should answer HEAD like GET without a body', async () => {
    const get = await fetch(url('/v1/incubators'));
    const head = await fetch(url('/v1/incubators'), { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('etag'), get.headers.get('etag'));
    assert.equal((await head.arrayBuffer()).byteLength, 0);
  });

  it('should answer 406 when Accept admits no JSON', async () => {
    const res = await fetch(url('/v1/events'), { headers: { Accept: 'text/html' } });
    assert.equal(res.status, 406);
    await readProblem(res);
    const ok = await fetch(url('/v1/events'), { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    assert.equal(ok.status, 200);
  });

  it('should return districts whole and refuse parameters on them', async () => {
    const res = await fetch(url('/v1/districts'));
    const page = Page(District).parse(await res.json());
    assert.equal(page.items.length, sampleDataset().districts.length);
    assert.equal(page.nextCursor, null);
    const bad = await fetch(url('/v1/districts?region=shanghai'));
    assert.equal(bad.status, 400);
    assert.equal((await readProblem(bad)).param, 'region');
  });
});
