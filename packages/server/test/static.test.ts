import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoRoutes } from '../src/demo.js';
import { resolveInside } from '../src/static.js';
import type { RunningServer } from '../src/serve.js';
import { rawRequest, sampleDataset, startTestServer } from './helpers.js';

const SECRET = 'TOP-SECRET-CONTENT';

describe('demo and static files', () => {
  let root: string;
  let server: RunningServer;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'shhk-static-'));
    await mkdir(join(root, 'examples/university'), { recursive: true });
    await mkdir(join(root, 'examples/sdk-node'), { recursive: true });
    await mkdir(join(root, 'packages/elements/dist/chunks'), { recursive: true });
    await mkdir(join(root, 'packages/dataset/dist'), { recursive: true });
    await writeFile(join(root, 'secret.txt'), SECRET);
    await writeFile(join(root, 'examples/.env'), SECRET);
    await writeFile(
      join(root, 'examples/university/index.html'),
      '<!doctype html><title>大学活动日历 · University calendar</title><meta name="description" content="hk-event-calendar on a campus page">',
    );
    await writeFile(join(root, 'examples/university/app.js'), 'export {};');
    await writeFile(join(root, 'examples/university/style.css'), 'body{}');
    await writeFile(join(root, 'examples/sdk-node/README.md'), '# Node');
    await symlink(join(root, 'secret.txt'), join(root, 'examples/university/escape.txt'));
    await writeFile(join(root, 'packages/elements/dist/hk-elements.js'), 'export const bundle = 1;');
    await writeFile(join(root, 'packages/elements/dist/chunks/ical-abc.js'), 'export const chunk = 1;');
    await writeFile(join(root, 'packages/dataset/dist/sample.json'), JSON.stringify({ format: 'shhk-dataset/1' }));
    server = await startTestServer({ staticRoutes: demoRoutes(root) });
  });
  after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });
  const url = (path: string) => new URL(path, server.url);

  it('should serve an index page linking every example page and the API', async () => {
    const res = await fetch(url('/'));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await res.text();
    assert.match(html, /href="\/examples\/university\/"/);
    assert.match(html, /大学活动日历 · University calendar/);
    assert.match(html, /hk-event-calendar on a campus page/);
    assert.match(html, /examples\/sdk-node/);
    assert.match(html, /href="\/v1\/events\.ics"/);
    assert.match(html, /href="\/v1\/openapi\.json"/);
    assert.match(html, /href="\/hk-elements\.js"/);
    assert.match(html, /lang="zh-Hant-HK"/);
  });

  it('should serve the bundle, its chunks, the dataset and example files with their types', async () => {
    const cases: [string, string][] = [
      ['/hk-elements.js', 'text/javascript; charset=utf-8'],
      ['/elements/hk-elements.js', 'text/javascript; charset=utf-8'],
      ['/elements/chunks/ical-abc.js', 'text/javascript; charset=utf-8'],
      ['/dataset/sample.json', 'application/json; charset=utf-8'],
      ['/examples/university/', 'text/html; charset=utf-8'],
      ['/examples/university/index.html', 'text/html; charset=utf-8'],
      ['/examples/university/app.js', 'text/javascript; charset=utf-8'],
      ['/examples/university/style.css', 'text/css; charset=utf-8'],
    ];
    for (const [path, type] of cases) {
      const res = await fetch(url(path));
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), type, path);
      assert.ok(res.headers.get('etag'), path);
      await res.arrayBuffer();
    }
  });

  it('should redirect folders to their trailing-slash URL', async () => {
    for (const [path, location] of [['/examples/university', '/examples/university/'], ['/examples', '/examples/']] as const) {
      const res = await rawRequest(server.url, path);
      assert.equal(res.status, 301, path);
      assert.equal(res.headers.location, location);
    }
  });

  it('should refuse path traversal', async () => {
    const attempts = [
      '/examples/../secret.txt',
      '/examples/university/../../secret.txt',
      '/examples/..%2fsecret.txt',
      '/examples/%2e%2e/secret.txt',
      '/examples/%2e%2e%2fsecret.txt',
      '/examples/university/..%2f..%2fsecret.txt',
      '/examples/..%5csecret.txt',
      '/examples/..\\secret.txt',
      '/examples/%252e%252e/secret.txt',
      '/examples/%2E%2E/%2E%2E/secret.txt',
      '/examples/.env',
      '/examples/university/escape.txt',
      '/examples/%00secret.txt',
      '/elements/..%2f..%2f..%2fsecret.txt',
      '/dataset/..%2f..%2f..%2fsecret.txt',
      '/examples//' + join(root, 'secret.txt').slice(1),
    ];
    for (const path of attempts) {
      const res = await rawRequest(server.url, path);
      assert.ok(res.status === 404 || res.status === 400 || res.status === 301, `${path} → ${res.status}`);
      assert.ok(!res.body.toString().includes(SECRET), `${path} leaked the file`);
      if (res.status === 301) assert.ok(!String(res.headers.location).includes('secret'), path);
    }
  });

  it('should resolve only paths inside the root', () => {
    assert.equal(resolveInside('/srv/x', 'a/b.js'), '/srv/x/a/b.js');
    assert.equal(resolveInside('/srv/x', ''), '/srv/x');
    for (const bad of ['../y', 'a/../../y', 'a/./b', '.git/config', 'a\\..\\b', 'a%2e', 'a\0b']) {
      assert.equal(resolveInside('/srv/x', bad), undefined, bad);
    }
  });

  it('should answer other methods on static routes with 405', async () => {
    const res = await fetch(url('/examples/university/'), { method: 'POST' });
    assert.equal(res.status, 405);
  });
});

describe('npm start (bin/start.mjs)', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'shhk-start-'));
    const dataset = sampleDataset();
    for (const r of ['districts', 'events', 'incubators', 'organizations', 'policies', 'programs', 'talents', 'holidays'] as const) {
      await writeFile(join(dataDir, `${r}.json`), JSON.stringify(dataset[r]));
    }
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('should print the kit URL, serve the index and the API, and stop on SIGTERM', async () => {
    const bin = fileURLToPath(new URL('../bin/start.mjs', import.meta.url));
    const child = spawn(process.execPath, [bin], {
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SHHK_SKIP_BUILD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        const match = /Exchange Kit running at (http:\/\/localhost:\d+\/)/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    try {
      const index = await fetch(base);
      assert.equal(index.status, 200);
      assert.match(await index.text(), /Shanghai–Hong Kong Exchange Kit/);
      const events = await fetch(new URL('/v1/events?limit=1', base));
      assert.equal(events.status, 200);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await exited, 0, stderr);
      clearTimeout(killer);
    }
  });
});
