import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, type ClientOptions, type ExchangeClient } from '../src/client/index.js';
import { ApiError, NetworkError, ResponseValidationError, TimeoutError, isAbortError } from '../src/client/errors.js';
import type { Event } from '../src/model/event.js';

const BASE = 'https://api.example.org/v1';

function event(id: string): Event {
  return {
    id,
    kind: 'forum',
    title: { 'zh-Hans': '沪港创新论坛', en: 'Shanghai–Hong Kong Innovation Forum' },
    start: '2026-05-20T09:00:00+08:00',
    end: '2026-05-20T17:00:00+08:00',
    allDay: false,
    timeZone: 'Asia/Shanghai',
    region: 'shanghai',
    organizers: [],
    audience: ['founders'],
    tags: [],
    status: 'scheduled',
    provenance: { source: 'unverified', confidence: 'low', synthetic: true },
  };
}

const page = (items: unknown[], nextCursor: string | null = null) => Response.json({ items, nextCursor });
const problem = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'content-type': 'application/problem+json', ...headers } });

type Handler = (request: Request) => Response | Promise<Response>;

/** A fetch double answering with `handlers` in turn (the last one repeats), recording each request and when it came. */
function fakeFetch(...handlers: Handler[]) {
  const requests: Request[] = [];
  const times: number[] = [];
  const fetch = async (request: Request) => {
    const handler = handlers[Math.min(requests.length, handlers.length - 1)];
    requests.push(request);
    times.push(performance.now());
    assert.ok(handler);
    return handler(request);
  };
  return { fetch, requests, times };
}

// Never answers; rejects like fetch does when its signal aborts.
const hang: Handler = (request) =>
  new Promise((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });

const networkFailure: Handler = () => {
  throw new TypeError('fetch failed');
};

function client(fetch: ReturnType<typeof fakeFetch>['fetch'], options: Partial<ClientOptions> = {}): ExchangeClient {
  return createClient({ baseUrl: BASE, fetch, retry: { baseDelay: 1, jitter: false }, ...options });
}

describe('createClient', () => {
  it('needs exactly one of baseUrl and dataset', () => {
    assert.throws(() => createClient({}), { name: 'TypeError', message: /give `baseUrl`.*or `dataset`/ });
    assert.throws(() => createClient({ baseUrl: BASE, dataset: '/data.json' }), { name: 'TypeError', message: /not both/ });
    assert.throws(() => createClient({ baseUrl: '' }), TypeError);
  });

  it('exposes only the documented resources', () => {
    const c = createClient({ baseUrl: BASE });
    assert.deepEqual(Object.keys(c).sort(), ['districts', 'events', 'holidays', 'incubators', 'organizations', 'policies', 'programs', 'talents']);
    assert.deepEqual(Object.keys(c.events).sort(), ['get', 'icsUrl', 'iterate', 'list']);
    assert.deepEqual(Object.keys(c.incubators).sort(), ['get', 'iterate', 'list']);
    assert.deepEqual(Object.keys(c.districts), ['list']);
    assert.ok(Object.isFrozen(c));
  });
});

describe('requests', () => {
  it('lists with the query in the URL and parses the page', async () => {
    const server = fakeFetch(() => page([event('ev-a')], 'c2'));
    const result = await client(server.fetch).events.list({ kind: ['forum', 'expo'], region: ['hong-kong'], q: '创新', limit: 20 });
    assert.deepEqual(result, { items: [event('ev-a')], nextCursor: 'c2' });
    const url = new URL(server.requests[0]!.url);
    assert.equal(url.origin + url.pathname, `${BASE}/events`);
    assert.equal(url.searchParams.get('kind'), 'forum,expo');
    assert.equal(url.searchParams.get('region'), 'hong-kong');
    assert.equal(url.searchParams.get('q'), '创新');
    assert.equal(url.searchParams.get('limit'), '20');
    assert.equal(server.requests[0]!.method, 'GET');
  });

  it('sends no query string for an empty query, and tolerates a trailing slash in baseUrl', async () => {
    const server = fakeFetch(() => page([]));
    await client(server.fetch, { baseUrl: `${BASE}/` }).organizations.list();
    assert.equal(server.requests[0]!.url, `${BASE}/organizations`);
  });

  it('sends Accept, Accept-Language and custom headers', async () => {
    const server = fakeFetch(() => page([]));
    await client(server.fetch, { locale: 'zh-Hant-HK', headers: { 'x-partner': 'hku', 'accept-language': 'fr' } }).talents.list();
    const { headers } = server.requests[0]!;
    assert.equal(headers.get('accept'), 'application/json');
    assert.equal(headers.get('accept-language'), 'zh-Hant-HK');
    assert.equal(headers.get('x-partner'), 'hku');
  });

  it('sends no Accept-Language without a locale', async () => {
    const server = fakeFetch(() => page([]));
    await client(server.fetch).talents.list();
    assert.equal(server.requests[0]!.headers.get('accept-language'), null);
  });

  it('gets one record by its encoded id', async () => {
    const server = fakeFetch(() => Response.json(event('ev-a')));
    assert.deepEqual(await client(server.fetch).events.get('ev-a'), event('ev-a'));
    await client(server.fetch).events.get('a/b?c').catch(() => undefined);
    assert.equal(server.requests[0]!.url, `${BASE}/events/ev-a`);
    assert.equal(server.requests[1]!.url, `${BASE}/events/a%2Fb%3Fc`);
  });

  it('rejects an empty id without a request', async () => {
    const server = fakeFetch(() => Response.json(event('ev-a')));
    await assert.rejects(client(server.fetch).events.get(''), TypeError);
    assert.equal(server.requests.length, 0);
  });

  it('lists districts from /districts', async () => {
    const district = { id: 'hk-central-western', region: 'hong-kong', name: { en: 'Central and Western', 'zh-Hant-HK': '中西區' } };
    const server = fakeFetch(() => page([district]));
    const result = await client(server.fetch).districts.list();
    assert.deepEqual(result.items, [district]);
    assert.equal(server.requests[0]!.url, `${BASE}/districts`);
  });

  it('iterates over every page by following nextCursor', async () => {
    const server = fakeFetch(
      () => page([event('ev-a'), event('ev-b')], 'p2'),
      () => page([event('ev-c')], 'p3'),
      () => page([], null),
    );
    const ids: string[] = [];
    for await (const item of client(server.fetch).events.iterate({ region: ['shanghai'], limit: 2 })) ids.push(item.id);
    assert.deepEqual(ids, ['ev-a', 'ev-b', 'ev-c']);
    const cursors = server.requests.map((r) => new URL(r.url).searchParams.get('cursor'));
    assert.deepEqual(cursors, [null, 'p2', 'p3']);
    for (const request of server.requests) assert.equal(new URL(request.url).searchParams.get('region'), 'shanghai');
  });

  it('stops iterating when a cursor comes back twice', async () => {
    const server = fakeFetch(() => page([event('ev-a')], 'same'));
    const iterator = client(server.fetch).events.iterate();
    const seen: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const item of iterator) seen.push(item.id);
      })(),
      (error: unknown) => error instanceof ResponseValidationError && error.issues[0]?.path[0] === 'nextCursor',
    );
    assert.deepEqual(seen, ['ev-a', 'ev-a']);
    assert.equal(server.requests.length, 2);
  });

  it('fetches lazily: a broken-off iteration requests no further page', async () => {
    const server = fakeFetch(() => page([event('ev-a'), event('ev-b')], 'p2'));
    for await (const item of client(server.fetch).events.iterate()) {
      assert.equal(item.id, 'ev-a');
      break;
    }
    assert.equal(server.requests.length, 1);
  });

  it('works with detached methods', async () => {
    const server = fakeFetch(() => page([]));
    const { list } = client(server.fetch).policies;
    assert.deepEqual(await list(), { items: [], nextCursor: null });
  });

  it('builds the ICS feed URL with the filters and without paging', () => {
    const c = createClient({ baseUrl: `${BASE}/` });
    assert.equal(c.events.icsUrl(), `${BASE}/events.ics`);
    const url = new URL(c.events.icsUrl({ region: ['shanghai'], kind: ['forum'], cursor: 'x', limit: 5 })!);
    assert.equal(url.pathname, '/v1/events.ics');
    assert.deepEqual([...url.searchParams.keys()].sort(), ['kind', 'region']);
    assert.equal(url.searchParams.get('region'), 'shanghai');
    assert.equal(createClient({ baseUrl: '/v1' }).events.icsUrl({ region: ['hong-kong'] }), '/v1/events.ics?region=hong-kong');
  });

  it('puts the feed language in the ICS URL as lang', () => {
    const c = createClient({ baseUrl: BASE, locale: 'zh-Hant-HK' });
    assert.equal(c.events.icsUrl(), `${BASE}/events.ics?lang=zh-Hant-HK`);
    assert.equal(c.events.icsUrl({ kind: ['expo'] }, { locale: 'en' }), `${BASE}/events.ics?kind=expo&lang=en`);
    assert.equal(createClient({ baseUrl: BASE }).events.icsUrl({}, { locale: 'zh-Hans' }), `${BASE}/events.ics?lang=zh-Hans`);
  });
});

describe('retries', () => {
  it('retries a 500 and succeeds', async () => {
    const server = fakeFetch(() => problem(500, { title: 'Internal Server Error' }), () => page([event('ev-a')]));
    const result = await client(server.fetch).events.list();
    assert.equal(result.items.length, 1);
    assert.equal(server.requests.length, 2);
  });

  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries ${status} at most twice by default, then throws ApiError`, async () => {
      const server = fakeFetch(() => new Response('busy', { status }));
      await assert.rejects(client(server.fetch).events.list(), (error: unknown) => error instanceof ApiError && error.status === status);
      assert.equal(server.requests.length, 3);
    });
  }

  for (const status of [400, 401, 403, 404, 413, 422]) {
    it(`does not retry ${status}`, async () => {
      const server = fakeFetch(() => new Response('no', { status }));
      await assert.rejects(client(server.fetch).events.list(), (error: unknown) => error instanceof ApiError && error.status === status);
      assert.equal(server.requests.length, 1);
    });
  }

  it('honours a retry limit, and 0 disables retries', async () => {
    const four = fakeFetch(() => new Response('', { status: 503 }));
    await assert.rejects(client(four.fetch, { retry: { limit: 4, baseDelay: 1, jitter: false } }).events.list(), ApiError);
    assert.equal(four.requests.length, 5);
    const none = fakeFetch(() => new Response('', { status: 503 }));
    await assert.rejects(client(none.fetch, { retry: 0 }).events.list(), ApiError);
    assert.equal(none.requests.length, 1);
  });

  it('backs off exponentially', async () => {
    const server = fakeFetch(() => new Response('', { status: 502 }));
    await assert.rejects(client(server.fetch, { retry: { limit: 2, baseDelay: 40, jitter: false } }).events.list(), ApiError);
    const [t0, t1, t2] = server.times as [number, number, number];
    assert.ok(t1 - t0 >= 35, `first retry after ${t1 - t0} ms`);
    assert.ok(t2 - t1 >= 75, `second retry after ${t2 - t1} ms`);
  });

  it('caps backoff at backoffLimit', async () => {
    const server = fakeFetch(() => new Response('', { status: 502 }), () => page([]));
    const started = performance.now();
    await client(server.fetch, { retry: { baseDelay: 60_000, backoffLimit: 20, jitter: false } }).events.list();
    assert.ok(performance.now() - started < 2000);
    assert.equal(server.requests.length, 2);
  });

  it('keeps jittered delays between half and all of the backoff', async () => {
    const server = fakeFetch(() => new Response('', { status: 500 }), () => page([]));
    await client(server.fetch, { retry: { baseDelay: 80, jitter: true } }).events.list();
    const gap = server.times[1]! - server.times[0]!;
    assert.ok(gap >= 35 && gap < 1000, `retried after ${gap} ms`);
  });

  it('waits as a 429 Retry-After (seconds) says, not the backoff', async () => {
    const server = fakeFetch(() => problem(429, { title: 'Too Many Requests' }, { 'retry-after': '0.15' }), () => page([]));
    await client(server.fetch, { retry: { baseDelay: 1, jitter: false } }).events.list();
    const gap = server.times[1]! - server.times[0]!;
    assert.ok(gap >= 140, `retried after ${gap} ms`);
  });

  it('waits as a 503 Retry-After says, instead of a long backoff', async () => {
    const server = fakeFetch(() => new Response('', { status: 503, headers: { 'retry-after': '0.05' } }), () => page([]));
    await client(server.fetch, { retry: { baseDelay: 30_000, jitter: false } }).events.list();
    const gap = server.times[1]! - server.times[0]!;
    assert.ok(gap >= 45 && gap < 5000, `retried after ${gap} ms`);
  });

  it('accepts an HTTP-date in Retry-After', async () => {
    const past = new Date(Date.now() - 60_000).toUTCString();
    const server = fakeFetch(() => new Response('', { status: 429, headers: { 'retry-after': past } }), () => page([]));
    const started = performance.now();
    await client(server.fetch, { retry: { baseDelay: 30_000, jitter: false } }).events.list();
    assert.ok(performance.now() - started < 2000);
    assert.equal(server.requests.length, 2);
  });

  it('shortens a long Retry-After to maxRetryAfter', async () => {
    const server = fakeFetch(() => new Response('', { status: 429, headers: { 'retry-after': '3600' } }), () => page([]));
    await client(server.fetch, { retry: { maxRetryAfter: 60, jitter: false } }).events.list();
    const gap = server.times[1]! - server.times[0]!;
    assert.ok(gap >= 55 && gap < 2000, `retried after ${gap} ms`);
  });

  it('retries network errors, then throws NetworkError with the cause', async () => {
    const server = fakeFetch(networkFailure);
    const error = await client(server.fetch).events.list({ region: ['shanghai'] }).catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.equal(server.requests.length, 3);
    assert.ok(error.cause instanceof TypeError);
    assert.equal(error.method, 'GET');
    assert.equal(error.url, `${BASE}/events?region=shanghai`);
    assert.match(error.message, /^GET https:\/\/api\.example\.org\/v1\/events\?region=shanghai failed with a network error: fetch failed$/);
  });

  it('recovers from a network error on retry', async () => {
    const server = fakeFetch(networkFailure, () => page([]));
    assert.deepEqual(await client(server.fetch).holidays.list(), { items: [], nextCursor: null });
    assert.equal(server.requests.length, 2);
  });
});

describe('failures', () => {
  it('times out with TimeoutError and does not retry', async () => {
    const server = fakeFetch(hang);
    const started = performance.now();
    const error = await client(server.fetch, { timeout: 50 }).events.get('ev-a').catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.timeout, 50);
    assert.equal(error.url, `${BASE}/events/ev-a`);
    assert.match(error.message, /^GET https:\/\/api\.example\.org\/v1\/events\/ev-a timed out after 50 ms$/);
    assert.equal(server.requests.length, 1);
    assert.ok(performance.now() - started < 2000);
  });

  it('passes the caller’s abort through untouched and stops', async () => {
    const server = fakeFetch(hang);
    const controller = new AbortController();
    const pending = client(server.fetch).events.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((e: unknown) => e);
    assert.equal(error, controller.signal.reason);
    assert.ok(error instanceof DOMException && error.name === 'AbortError');
    assert.ok(isAbortError(error));
    assert.equal(server.requests.length, 1);
  });

  it('passes a custom abort reason through', async () => {
    const server = fakeFetch(hang);
    const controller = new AbortController();
    const reason = new Error('navigated away');
    const pending = client(server.fetch).events.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 10);
    await assert.rejects(pending, (error: unknown) => error === reason);
  });

  it('an abort during a retry wait stops the retries', async () => {
    const server = fakeFetch(() => new Response('', { status: 500 }));
    const controller = new AbortController();
    const started = performance.now();
    const pending = client(server.fetch, { retry: { baseDelay: 30_000, jitter: false } }).events.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await pending.catch((e: unknown) => e);
    assert.ok(isAbortError(error));
    assert.equal(server.requests.length, 1);
    assert.ok(performance.now() - started < 2000);
  });

  it('an abort while the body is still arriving stops the read and passes the abort through', { timeout: 5000 }, async () => {
    const controller = new AbortController();
    // Headers arrive at once; the body streams until the request's signal aborts, as with a real fetch.
    const server = fakeFetch((request) => new Response(new ReadableStream({
      start(stream) {
        stream.enqueue(new TextEncoder().encode('{"items":['));
        request.signal.addEventListener('abort', () => stream.error(request.signal.reason), { once: true });
      },
    }), { headers: { 'content-type': 'application/json' } }));
    const pending = client(server.fetch).events.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await pending.catch((e: unknown) => e);
    assert.equal(error, controller.signal.reason);
    assert.equal(server.requests.length, 1);
  });

  it('does not retry a request that cannot be built (a relative base URL outside a page)', async () => {
    let calls = 0;
    const started = performance.now();
    const error = await createClient({ baseUrl: '/v1', retry: { baseDelay: 2000, jitter: false }, fetch: async () => (calls++, page([])) })
      .events.list().catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.ok(error.cause instanceof TypeError);
    assert.equal(calls, 0);
    assert.ok(performance.now() - started < 1000);
  });

  it('does not request at all with an already aborted signal', async () => {
    const server = fakeFetch(() => page([]));
    const signal = AbortSignal.abort();
    await assert.rejects(client(server.fetch).events.list({}, { signal }), (error: unknown) => error === signal.reason);
    assert.equal(server.requests.length, 0);
  });

  it('turns a problem+json 400 into ApiError with the problem details', async () => {
    const server = fakeFetch(() =>
      problem(400, { type: 'https://api.example.org/problems/invalid-query', title: 'Invalid query', detail: 'Unknown parameter "colour"', instance: '/v1/events?colour=red', param: 'colour' }),
    );
    const error = await client(server.fetch).events.list().catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 400);
    assert.deepEqual(error.problem, {
      type: 'https://api.example.org/problems/invalid-query',
      title: 'Invalid query',
      status: 400,
      detail: 'Unknown parameter "colour"',
      instance: '/v1/events?colour=red',
      param: 'colour',
    });
    assert.equal(error.message, `GET ${BASE}/events failed with 400 Invalid query — Unknown parameter "colour"`);
    assert.equal(server.requests.length, 1);
  });

  it('gives 404 on get as ApiError status 404', async () => {
    const server = fakeFetch(() => problem(404, { title: 'Not Found', detail: 'No event "ev-x"' }));
    const error = await client(server.fetch).events.get('ev-x').catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 404);
    assert.equal(error.problem?.detail, 'No event "ev-x"');
    assert.equal(error.url, `${BASE}/events/ev-x`);
  });

  it('leaves problem undefined for a non-problem error body', async () => {
    const server = fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }));
    const error = await client(server.fetch, { retry: 0 }).events.list().catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.problem, undefined);
    assert.equal(error.message, `GET ${BASE}/events failed with 502 Bad Gateway`);
  });

  it('ignores problem members of the wrong type', async () => {
    const server = fakeFetch(() => problem(400, { title: 42, detail: 'ok' }));
    const error = await client(server.fetch).events.list().catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.problem?.title, undefined);
    assert.equal(error.problem?.detail, 'ok');
  });

  it('rejects a response of the wrong shape with ResponseValidationError and issue paths', async () => {
    const bad = { ...event('ev-a'), title: {} };
    const server = fakeFetch(() => page([event('ev-ok'), bad]));
    const error = await client(server.fetch).events.list().catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError);
    assert.ok(!(error instanceof ApiError));
    assert.deepEqual(error.issues.map((i) => i.path), [['items', 1, 'title']]);
    assert.match(error.message, /^GET https:\/\/api\.example\.org\/v1\/events returned an invalid response: items\.1\.title: /);
    assert.equal(server.requests.length, 1, 'a bad body is not retried');
  });

  it('rejects a page without nextCursor', async () => {
    const server = fakeFetch(() => Response.json({ items: [] }));
    const error = await client(server.fetch).events.list().catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError);
    assert.deepEqual(error.issues[0]?.path, ['nextCursor']);
  });

  it('rejects a body that is not JSON', async () => {
    const server = fakeFetch(() => new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const error = await client(server.fetch).events.get('ev-a').catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError);
    assert.deepEqual(error.issues, [{ path: [], message: 'The response body is not JSON', code: 'invalid_json' }]);
  });
});

describe('types', () => {
  it('types queries and results per resource', async () => {
    const server = fakeFetch(() => page([]));
    const c = client(server.fetch);
    const incubators = await c.incubators.list({ acceptsHongKongFounders: true, near: { lat: 31.2, lng: 121.5 } });
    const accepts: boolean | undefined = incubators.items[0]?.acceptsHongKongFounders;
    assert.equal(accepts, undefined);
    // @ts-expect-error: `acceptsHongKongFounders` is not an event filter
    await c.events.list({ acceptsHongKongFounders: true });
    // @ts-expect-error: kinds are a closed vocabulary
    await c.events.list({ kind: ['party'] });
    // @ts-expect-error: districts take no query
    await c.districts.list({ region: ['shanghai'] });
    // @ts-expect-error: only events have a feed
    assert.equal(c.incubators.icsUrl, undefined);
  });
});
