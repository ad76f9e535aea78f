import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '../src/client/index.js';
import { ApiError, ResponseValidationError, isAbortError } from '../src/client/errors.js';
import { Dataset } from '../src/model/dataset.js';
import type { Event } from '../src/model/event.js';
import type { Incubator } from '../src/model/incubator.js';
import { runQuery } from '../src/query/index.js';

const provenance = { source: 'unverified', confidence: 'low', synthetic: true } as const;

function event(id: string, start: string, region: Event['region'], title: string): Event {
  return {
    id,
    kind: 'forum',
    title: { en: title, 'zh-Hans': `${title}（中文）` },
    start: `${start}T09:00:00+08:00`,
    end: `${start}T17:00:00+08:00`,
    allDay: false,
    timeZone: region === 'shanghai' ? 'Asia/Shanghai' : 'Asia/Hong_Kong',
    region,
    organizers: [],
    audience: ['founders'],
    tags: ['innovation'],
    status: 'scheduled',
    provenance,
  };
}

function incubator(id: string, name: string, districtId: string, geo: { lat: number; lng: number }, accepts: boolean): Incubator {
  return {
    id,
    name: { en: name, 'zh-Hans': name },
    aliases: [],
    level: 'municipal-demonstration',
    region: districtId.startsWith('sh-') ? 'shanghai' : 'hong-kong',
    districtId,
    geo,
    services: ['guidance'],
    industries: [],
    acceptsHongKongFounders: accepts,
    provenance,
  };
}

// Built in the test and checked against the schema, so the fixtures stay honest.
const DATASET: Dataset = Dataset.parse({
  format: 'shhk-dataset/1',
  generatedAt: '2026-03-01T00:00:00+08:00',
  districts: [
    { id: 'sh-pudong', region: 'shanghai', adminCode: '310115', name: { 'zh-Hans': '浦东新区', 'zh-Hant-HK': '浦東新區', en: 'Pudong' }, centroid: { lat: 31.22, lng: 121.54 } },
    { id: 'sh-yangpu', region: 'shanghai', adminCode: '310110', name: { 'zh-Hans': '杨浦区', 'zh-Hant-HK': '楊浦區', en: 'Yangpu' }, centroid: { lat: 31.26, lng: 121.53 } },
    { id: 'hk-sha-tin', region: 'hong-kong', name: { 'zh-Hans': '沙田区', 'zh-Hant-HK': '沙田區', en: 'Sha Tin' }, centroid: { lat: 22.38, lng: 114.19 } },
  ],
  events: [
    event('ev-forum-a', '2026-04-10', 'shanghai', 'Alpha Forum'),
    event('ev-forum-b', '2026-05-12', 'hong-kong', 'Beta Forum'),
    event('ev-forum-c', '2026-06-15', 'shanghai', 'Gamma Forum'),
    event('ev-forum-d', '2026-07-20', 'hong-kong', 'Delta Forum'),
  ],
  incubators: [
    incubator('inc-pudong', 'Pudong Hub', 'sh-pudong', { lat: 31.22, lng: 121.54 }, true),
    incubator('inc-yangpu', 'Yangpu Space', 'sh-yangpu', { lat: 31.27, lng: 121.52 }, true),
    incubator('inc-shatin', 'Sha Tin Lab', 'hk-sha-tin', { lat: 22.42, lng: 114.21 }, false),
  ],
  organizations: [],
  policies: [],
  programs: [],
  talents: [],
  holidays: [
    { id: 'hk-2026-07-01', region: 'hong-kong', kind: 'holiday', date: '2026-07-01', name: { en: 'HKSAR Establishment Day', 'zh-Hant-HK': '香港特別行政區成立紀念日' }, confidence: 'high', status: 'confirmed', source: 'https://www.gov.hk/en/about/abouthk/holiday/2026.htm' },
  ],
});

const URL_OF_DATASET = 'https://partner.example.edu/data/shhk-dataset.json';

function datasetServer(body: () => unknown = () => DATASET) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return Response.json(body());
  };
  return { fetch, requests };
}

describe('offline source: dataset object', () => {
  const client = createClient({ dataset: DATASET });

  it('lists a page and iterates over every page', async () => {
    const first = await client.events.list({ limit: 2 });
    assert.equal(first.items.length, 2);
    assert.equal(typeof first.nextCursor, 'string');
    const second = await client.events.list({ limit: 2, cursor: first.nextCursor! });
    assert.equal(second.items.length, 2);
    assert.equal(second.nextCursor, null);
    const ids: string[] = [];
    for await (const item of client.events.iterate({ limit: 1 })) ids.push(item.id);
    assert.deepEqual(ids.sort(), ['ev-forum-a', 'ev-forum-b', 'ev-forum-c', 'ev-forum-d']);
    assert.deepEqual([...first.items, ...second.items].map((e) => e.id).sort(), ids);
  });

  it('filters with the shared query semantics', async () => {
    const { items } = await client.events.list({ region: ['hong-kong'] });
    assert.deepEqual(items.map((e) => e.id).sort(), ['ev-forum-b', 'ev-forum-d']);
    const hk = await client.incubators.list({ acceptsHongKongFounders: true });
    assert.deepEqual(hk.items.map((i) => i.id).sort(), ['inc-pudong', 'inc-yangpu']);
  });

  it('gives the same results as runQuery over the same data', async () => {
    const queries = [{}, { near: { lat: 31.27, lng: 121.52 } }, { q: 'space' }, { q: '杨浦' }, { region: ['shanghai' as const], limit: 1 }];
    for (const query of queries) {
      const expected = runQuery('incubators', DATASET.incubators, query, { districts: DATASET.districts });
      assert.deepEqual(await client.incubators.list(query), expected, JSON.stringify(query));
    }
  });

  it('gets one record by id', async () => {
    const item = await client.holidays.get('hk-2026-07-01');
    assert.equal(item.date, '2026-07-01');
  });

  it('answers an unknown id with ApiError 404 and a problem', async () => {
    const error = await client.events.get('ev-missing').catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 404);
    assert.equal(error.method, 'GET');
    assert.equal(error.url, 'dataset:events/ev-missing');
    assert.deepEqual(error.problem, { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No event has the id "ev-missing".', instance: 'dataset:events/ev-missing' });
    assert.match(error.message, /^GET dataset:events\/ev-missing failed with 404 Not Found/);
  });

  it('answers a bad cursor with ApiError 400 naming cursor', async () => {
    const error = await client.events.list({ cursor: 'not-a-cursor' }).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 400);
    assert.equal(error.problem?.status, 400);
    assert.equal(error.problem?.type, 'urn:shhk:problem:invalid-parameter');
    assert.equal(error.problem?.title, 'Invalid query parameter');
    assert.equal(error.problem?.['param'], 'cursor');
    assert.equal(error.url, 'dataset:events?cursor=not-a-cursor');
    assert.equal(error.problem?.instance, error.url);
  });

  it('answers a cursor of another query with ApiError 400', async () => {
    const { nextCursor } = await client.events.list({ limit: 1 });
    const error = await client.events.list({ limit: 1, region: ['shanghai'], cursor: nextCursor! }).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.problem?.['param'], 'cursor');
  });

  it('answers an invalid parameter with ApiError 400 naming it', async () => {
    const error = await client.events.list({ limit: 0 }).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 400);
    assert.equal(error.problem?.['param'], 'limit');
  });

  it('lists districts', async () => {
    const { items, nextCursor } = await client.districts.list();
    assert.deepEqual(items.map((d) => d.id), ['sh-pudong', 'sh-yangpu', 'hk-sha-tin']);
    assert.equal(nextCursor, null);
  });

  it('returns copies: mutating a result does not change the dataset', async () => {
    const item = await client.events.get('ev-forum-a');
    item.title.en = 'Changed';
    const { items } = await client.events.list({ limit: 50 });
    items.length = 0;
    assert.equal((await client.events.get('ev-forum-a')).title.en, 'Alpha Forum');
    assert.equal((await client.events.list()).items.length, 4);
  });

  it('has no ICS feed URL', () => {
    assert.equal(client.events.icsUrl({ region: ['shanghai'] }), undefined);
    assert.equal(createClient({ dataset: DATASET, locale: 'en' }).events.icsUrl({}, { locale: 'en' }), undefined);
  });

  it('rejects with the caller’s abort', async () => {
    const signal = AbortSignal.abort();
    await assert.rejects(client.events.list({}, { signal }), (error: unknown) => isAbortError(error) && error === signal.reason);
  });

  it('reports an invalid dataset object with the record path', async () => {
    const broken = { ...DATASET, events: [DATASET.events[0], { ...DATASET.events[1], start: 'next tuesday' }] } as Dataset;
    const error = await createClient({ dataset: broken }).events.list().catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError);
    assert.ok(error.issues.some((i) => i.path.join('.') === 'events.1.start'), JSON.stringify(error.issues));
  });
});

describe('offline source: dataset URL', () => {
  it('fetches the dataset once with the injected fetch', async () => {
    const server = datasetServer();
    const client = createClient({ dataset: URL_OF_DATASET, fetch: server.fetch, locale: 'en' });
    const [events, incubator, districts] = await Promise.all([client.events.list(), client.incubators.get('inc-yangpu'), client.districts.list()]);
    await client.holidays.list();
    assert.equal(events.items.length, 4);
    assert.equal(incubator.name.en, 'Yangpu Space');
    assert.equal(districts.items.length, 3);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0]!.url, URL_OF_DATASET);
    assert.equal(server.requests[0]!.headers.get('accept-language'), 'en');
  });

  it('accepts a URL object', async () => {
    const server = datasetServer();
    await createClient({ dataset: new URL(URL_OF_DATASET), fetch: server.fetch }).events.list();
    assert.equal(server.requests[0]!.url, URL_OF_DATASET);
  });

  it('reports an invalid dataset with the bad record’s path and the URL', async () => {
    const broken = structuredClone(DATASET) as unknown as { incubators: Record<string, unknown>[] };
    broken.incubators[2]!.geo = { lat: 222, lng: 114 };
    const server = datasetServer(() => broken);
    const error = await createClient({ dataset: URL_OF_DATASET, fetch: server.fetch }).incubators.list().catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.url, URL_OF_DATASET);
    assert.deepEqual(error.issues.map((i) => i.path), [['incubators', 2, 'geo', 'lat']]);
    assert.match(error.message, /^GET https:\/\/partner\.example\.edu\/data\/shhk-dataset\.json returned an invalid response: incubators\.2\.geo\.lat/);
  });

  it('loads again after a failed load', async () => {
    let calls = 0;
    const fetch = async () => (++calls === 1 ? new Response('gone', { status: 404 }) : Response.json(DATASET));
    const client = createClient({ dataset: URL_OF_DATASET, fetch });
    await assert.rejects(client.events.list(), (error: unknown) => error instanceof ApiError && error.status === 404);
    assert.equal((await client.events.list()).items.length, 4);
    await client.events.list();
    assert.equal(calls, 2);
  });

  it('one caller’s abort does not fail the shared load for others', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetch = async () => {
      await gate;
      return Response.json(DATASET);
    };
    const client = createClient({ dataset: URL_OF_DATASET, fetch });
    const controller = new AbortController();
    const aborted = client.events.list({}, { signal: controller.signal });
    const other = client.events.list();
    controller.abort();
    release();
    await assert.rejects(aborted, (error: unknown) => isAbortError(error));
    assert.equal((await other).items.length, 4);
  });
});
