import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { RunningServer } from '../src/serve.js';
import { rawRequest, startTestServer } from './helpers.js';

describe('Exchange API: caching', () => {
  let server: RunningServer;
  const url = (path: string) => new URL(path, server.url);
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('should send a strong ETag and answer If-None-Match with 304', async () => {
    const first = await fetch(url('/v1/events?kind=forum'));
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.match(etag, /^"[^"]+"$/, 'strong, quoted');
    const body = await first.text();

    const again = await fetch(url('/v1/events?kind=forum'), { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(again.headers.get('cache-control'), 'public, max-age=60');
    assert.equal(await again.text(), '');

    const list = await fetch(url('/v1/events?kind=forum'), { headers: { 'If-None-Match': `"nope", W/${etag}` } });
    assert.equal(list.status, 304, 'weak comparison, any tag of a list');

    const stale = await fetch(url('/v1/events?kind=forum'), { headers: { 'If-None-Match': '"something-else"' } });
    assert.equal(stale.status, 200);
    assert.equal(await stale.text(), body);

    const other = await fetch(url('/v1/events?kind=expo'));
    assert.notEqual(other.headers.get('etag'), etag, 'another body, another tag');
  });

  it('should validate items and the feed too', async () => {
    for (const path of ['/v1/organizations', '/v1/events.ics', '/v1/openapi.json']) {
      const first = await fetch(url(path));
      assert.equal(first.status, 200);
      const etag = first.headers.get('etag')!;
      const again = await fetch(url(path), { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304, path);
    }
    assert.equal((await fetch(url('/v1/events.ics'))).headers.get('cache-control'), 'public, max-age=300');
    assert.match((await fetch(url('/v1/openapi.json'))).headers.get('cache-control') ?? '', /max-age=3600/);
  });

  it('should gzip when asked, with its own validator and Vary', async () => {
    const plain = await rawRequest(server.url, '/v1/events?limit=50');
    assert.equal(plain.headers['content-encoding'], undefined);
    const gz = await rawRequest(server.url, '/v1/events?limit=50', { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.status, 200);
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.match(String(gz.headers.vary), /Accept-Encoding/);
    assert.ok(gz.body.length < plain.body.length, 'smaller');
    assert.deepEqual(gunzipSync(gz.body), plain.body);
    assert.notEqual(gz.headers.etag, plain.headers.etag, 'a strong tag per representation');
    const revalidate = await rawRequest(server.url, '/v1/events?limit=50', { 'Accept-Encoding': 'gzip', 'If-None-Match': String(gz.headers.etag) });
    assert.equal(revalidate.status, 304);
  });

  it('should prefer br and honour q-values', async () => {
    const plain = await rawRequest(server.url, '/v1/incubators');
    const br = await rawRequest(server.url, '/v1/incubators', { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(br.body), plain.body);
    const gzOnly = await rawRequest(server.url, '/v1/incubators', { 'Accept-Encoding': 'br;q=0, gzip;q=0.5' });
    assert.equal(gzOnly.headers['content-encoding'], 'gzip');
    const none = await rawRequest(server.url, '/v1/incubators', { 'Accept-Encoding': 'identity' });
    assert.equal(none.headers['content-encoding'], undefined);
  });

  it('should decode transparently for fetch clients', async () => {
    const res = await fetch(url('/v1/policies'), { headers: { 'Accept-Encoding': 'gzip' } });
    const body = (await res.json()) as { items: unknown[] };
    assert.ok(body.items.length > 0);
  });
});

describe('Exchange API: CORS', () => {
  let open: RunningServer;
  let listed: RunningServer;
  before(async () => {
    open = await startTestServer();
    listed = await startTestServer({ corsOrigins: ['https://partner.example.edu', 'http://localhost:3000'] });
  });
  after(async () => {
    await open.close();
    await listed.close();
  });

  it('should allow any origin by default, on errors too', async () => {
    for (const path of ['/v1/events', '/v1/events/nope', '/v1/events?kind=nope']) {
      const res = await fetch(new URL(path, open.url), { headers: { Origin: 'https://anyone.example' } });
      assert.equal(res.headers.get('access-control-allow-origin'), '*', path);
      assert.match(res.headers.get('access-control-expose-headers') ?? '', /ETag/);
    }
  });

  it('should answer a preflight', async () => {
    const res = await fetch(new URL('/v1/events', open.url), {
      method: 'OPTIONS',
      headers: { Origin: 'https://anyone.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'accept-language, if-none-match' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /GET/);
    assert.equal(res.headers.get('access-control-allow-headers'), 'accept-language, if-none-match');
    assert.ok(Number(res.headers.get('access-control-max-age')) > 0);
  });

  it('should echo only allowed origins with an allow-list, and Vary on Origin', async () => {
    const allowed = await fetch(new URL('/v1/events', listed.url), { headers: { Origin: 'https://partner.example.edu' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://partner.example.edu');
    assert.match(allowed.headers.get('vary') ?? '', /Origin/);
    assert.match(allowed.headers.get('vary') ?? '', /Accept-Encoding/);

    const denied = await fetch(new URL('/v1/events', listed.url), { headers: { Origin: 'https://evil.example' } });
    assert.equal(denied.status, 200, 'the response itself is public; only the browser is told not to share it');
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
    assert.match(denied.headers.get('vary') ?? '', /Origin/);

    const preflightDenied = await fetch(new URL('/v1/events', listed.url), {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(preflightDenied.headers.get('access-control-allow-origin'), null);

    const preflightAllowed = await fetch(new URL('/v1/events', listed.url), {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(preflightAllowed.headers.get('access-control-allow-origin'), 'http://localhost:3000');
  });
});
