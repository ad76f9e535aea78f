// The SDK client against the real reference server: list, get, iterate, the calendar feed URL, and the
// error classes a caller sees for a 400, a 404 and an abort.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { buildSampleDataset } from '@shhk/dataset';
import { ApiError, createClient, isAbortError, isApiError, type Dataset, type ExchangeClient } from '@shhk/sdk';
import { startServer, type RunningServer } from '@shhk/server';

describe('SDK client against the reference server', () => {
  let dataset: Dataset;
  let server: RunningServer;
  let client: ExchangeClient;
  let baseUrl: string;

  before(async () => {
    dataset = buildSampleDataset({ anchor: '2026-11-27' });
    server = await startServer({ dataset, port: 0, host: '127.0.0.1' });
    baseUrl = new URL('v1', server.url).href;
    client = createClient({ baseUrl, retry: 0, locale: 'en' });
  });
  after(() => server.close());

  it('should list a filtered page', async () => {
    const page = await client.events.list({ kind: ['forum'], limit: 2 });
    assert.ok(page.items.length > 0 && page.items.length <= 2);
    for (const e of page.items) assert.equal(e.kind, 'forum');
  });

  it('should get one record of each resource', async () => {
    const event = await client.events.get(dataset.events[0]!.id);
    assert.deepEqual(event, dataset.events[0]);
    const incubator = await client.incubators.get(dataset.incubators[0]!.id);
    assert.deepEqual(incubator, dataset.incubators[0]);
    const policy = await client.policies.get(dataset.policies[0]!.id);
    assert.equal(policy.id, dataset.policies[0]!.id);
  });

  it('should iterate over every page', async () => {
    const ids: string[] = [];
    for await (const incubator of client.incubators.iterate({ limit: 4 })) ids.push(incubator.id);
    assert.equal(ids.length, dataset.incubators.length);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('should give a feed URL the server answers', async () => {
    const url = client.events.icsUrl({ region: ['hong-kong'], limit: 5 });
    assert.ok(url);
    assert.doesNotMatch(url, /limit=/);
    const res = await fetch(url);
    assert.equal(res.status, 200);
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const expected = dataset.events.filter((e) => e.region === 'hong-kong').length;
    assert.equal(calendar.getAllSubcomponents('vevent').length, expected);
    assert.equal(res.headers.get('content-language'), 'en', "the client's locale travels as Accept-Language");
  });

  it('should reject a bad parameter with an ApiError carrying the problem', async () => {
    await assert.rejects(
      client.events.list({ limit: 0 }),
      (error: unknown) => {
        assert.ok(error instanceof ApiError, String(error));
        assert.ok(isApiError(error));
        assert.equal(error.status, 400);
        assert.equal(error.problem?.status, 400);
        assert.equal((error.problem as { param?: string } | undefined)?.param, 'limit');
        assert.match(error.message, /GET .*\/v1\/events\?limit=0/);
        return true;
      },
    );
    await assert.rejects(client.events.list({ cursor: 'not-a-real-cursor' }), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal((error.problem as { param?: string } | undefined)?.param, 'cursor');
      return true;
    });
  });

  it('should reject an unknown id with a 404 ApiError', async () => {
    await assert.rejects(client.talents.get('no-such-talent'), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 404);
      assert.equal(error.problem?.title, 'Not Found');
      assert.match(error.problem?.detail ?? '', /no-such-talent/);
      return true;
    });
  });

  it('should pass an abort through', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(client.events.list({}, { signal: controller.signal }), (error: unknown) => isAbortError(error));

    // Abort while the request is in flight: a fetch that waits before reaching the server.
    const slow = createClient({
      baseUrl,
      retry: 0,
      fetch: async (request: Request) => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return fetch(request);
      },
    });
    const inFlight = new AbortController();
    const pending = slow.incubators.list({ q: '生物' }, { signal: inFlight.signal });
    setTimeout(() => inFlight.abort(), 20);
    await assert.rejects(pending, (error: unknown) => isAbortError(error));
  });
});
