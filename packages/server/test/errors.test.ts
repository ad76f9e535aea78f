import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningServer } from '../src/serve.js';
import { rawRequest, readProblem, startTestServer } from './helpers.js';

describe('Exchange API: errors', () => {
  let server: RunningServer;
  const errors: unknown[] = [];
  const url = (path: string) => new URL(path, server.url);
  before(async () => {
    server = await startTestServer({
      onError: (error) => errors.push(error),
      staticRoutes: [
        {
          path: '/boom',
          serve() {
            throw new Error('secret internal detail');
          },
        },
      ],
    });
  });
  after(() => server.close());

  // [name, path, parameter the 400 must name]
  const BAD: readonly (readonly [string, string, string])[] = [
    ['unknown parameter', '/v1/events?bogus=1', 'bogus'],
    ['unknown parameter on another resource', '/v1/talents?kind=forum', 'kind'],
    ['bad enum value', '/v1/events?kind=party', 'kind'],
    ['bad enum in a list', '/v1/incubators?service=financing,teleportation', 'service'],
    ['limit zero', '/v1/events?limit=0', 'limit'],
    ['limit over the maximum', '/v1/events?limit=501', 'limit'],
    ['limit not a number', '/v1/programs?limit=ten', 'limit'],
    ['near out of range', '/v1/incubators?near=95,121.4', 'near'],
    ['near not a point', '/v1/incubators?near=shanghai', 'near'],
    ['sort by distance without near', '/v1/incubators?sort=distance', 'sort'],
    ['bad boolean', '/v1/incubators?acceptsHongKongFounders=yes', 'acceptsHongKongFounders'],
    ['bad date', '/v1/events?from=2026-13-45', 'from'],
    ['bad date-time', '/v1/holidays?to=tomorrow', 'to'],
    ['garbage cursor', '/v1/events?cursor=garbage', 'cursor'],
    ['malformed cursor', '/v1/events?cursor=%E2%9C%93%E2%9C%93', 'cursor'],
    ['q too long', `/v1/events?q=${'x'.repeat(201)}`, 'q'],
    ['feed language', '/v1/events.ics?lang=fr', 'lang'],
    ['feed paging', '/v1/events.ics?limit=5', 'limit'],
    ['feed filter', '/v1/events.ics?kind=party', 'kind'],
  ];
  for (const [name, path, param] of BAD) {
    it(`should answer 400 naming "${param}" for ${name}`, async () => {
      const res = await fetch(url(path));
      assert.equal(res.status, 400);
      const problem = await readProblem(res);
      assert.equal(problem.param, param);
      assert.equal(problem.type, 'urn:shhk:problem:invalid-parameter');
      assert.ok(problem.detail.length > 0);
      assert.equal(problem.instance, new URL(path, 'http://x').pathname + new URL(path, 'http://x').search);
    });
  }

  it('should refuse a cursor issued for another query', async () => {
    const first = (await (await fetch(url('/v1/events?kind=forum,expo,roadshow,lecture,training&limit=1'))).json()) as { nextCursor: string | null };
    assert.ok(first.nextCursor, 'the first page has a next cursor');
    const cursor = encodeURIComponent(first.nextCursor);
    const sameQuery = await fetch(url(`/v1/events?kind=forum,expo,roadshow,lecture,training&limit=1&cursor=${cursor}`));
    assert.equal(sameQuery.status, 200);
    for (const other of [`/v1/events?kind=competition&limit=1&cursor=${cursor}`, `/v1/events?q=forum&limit=1&cursor=${cursor}`, `/v1/incubators?limit=1&cursor=${cursor}`]) {
      const res = await fetch(url(other));
      assert.equal(res.status, 400, other);
      assert.equal((await readProblem(res)).param, 'cursor');
    }
  });

  it('should answer other methods with 405 and Allow', async () => {
    for (const [method, path] of [['POST', '/v1/events'], ['DELETE', '/v1/events/anything'], ['PUT', '/v1/openapi.json'], ['PATCH', '/v1/events.ics']] as const) {
      const res = await fetch(url(path), { method });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS');
      const problem = await readProblem(res);
      assert.match(problem.detail, new RegExp(method));
    }
  });

  it('should answer unknown routes with a 404 problem', async () => {
    for (const path of ['/v1/nothing', '/v2/events', '/v1/events/a/b', '/v1/events/']) {
      const res = await fetch(url(path));
      assert.equal(res.status, 404, path);
      await readProblem(res);
    }
  });

  it('should never answer 500 for odd input', async () => {
    const paths = [
      '/v1/events?q=%E0%A4%A',
      '/v1/events/%E0%A4%A',
      '/v1/incubators?near=1e400,2',
      '/v1/events?from=2026-02-30',
      '/v1/events?limit=99999999999999999999',
      '/v1/events?kind=',
      '/v1/events?kind=,',
      '/v1/events?kind=forum&kind=expo',
      '/v1/events?limit=5&limit=6',
      '/v1/events?%00=1',
      '/v1/events/..%2f..%2fhealthz',
    ];
    for (const path of paths) {
      const res = await rawRequest(server.url, path);
      assert.ok(res.status < 500, `${path} → ${res.status}`);
    }
    assert.equal(errors.length, 0);
  });

  it('should turn an unexpected throw into a 500 problem without leaking details', async () => {
    const res = await fetch(url('/boom'));
    assert.equal(res.status, 500);
    const problem = await readProblem(res);
    assert.doesNotMatch(JSON.stringify(problem), /secret internal detail|at .*\.ts/);
    assert.equal(errors.length, 1);
    errors.length = 0;
  });
});
