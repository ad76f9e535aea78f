// "Test what ships": every public entry imported from the BUILT packages through their `exports` maps,
// without the `source` condition the other suites use, and the published types resolved by tsc.
// Needs `npm run build` (npm test builds before test:node).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs an ES module snippet in a fresh Node with default conditions (what an app gets) and returns its stdout. */
function runBuilt(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
}

describe('built packages through their exports maps', () => {
  it('resolves @shhk/sdk to dist and answers from an offline dataset', () => {
    const out = runBuilt(`
      import { createClient, Event, fold, pickText } from '@shhk/sdk';
      import { fold as fold2 } from '@shhk/sdk/search';
      import { buildSampleDataset } from '@shhk/dataset';
      const url = import.meta.resolve('@shhk/sdk');
      const client = createClient({ dataset: buildSampleDataset({ anchor: '2026-11-27' }) });
      const page = await client.events.list({ q: '創新', limit: 3 });
      const ok = page.items.every((e) => Event.safeParse(e).success);
      console.log(JSON.stringify({ url, n: page.items.length, ok, same: fold('創新') === fold2('创新'), text: pickText(page.items[0].title, 'en').lang }));
    `);
    const result = JSON.parse(out) as { url: string; n: number; ok: boolean; same: boolean; text: string };
    assert.match(result.url, /packages\/sdk\/dist\/index\.js$/);
    assert.equal(result.n, 3);
    assert.equal(result.ok, true);
    assert.equal(result.same, true);
    assert.ok(['en', 'zh-Hans', 'zh-Hant-HK'].includes(result.text));
  });

  it('resolves @shhk/server and @shhk/server/app to dist and serves a list from the built app', () => {
    const out = runBuilt(`
      import { createApp } from '@shhk/server/app';
      import { loadDatasetFromDir, defaultDataDir } from '@shhk/server';
      const dataset = await loadDatasetFromDir(defaultDataDir());
      const res = await createApp({ dataset }).fetch(new Request('http://x/v1/incubators?limit=2'));
      const body = await res.json();
      console.log(JSON.stringify({ url: import.meta.resolve('@shhk/server/app'), status: res.status, n: body.items.length }));
    `);
    const result = JSON.parse(out) as { url: string; status: number; n: number };
    assert.match(result.url, /packages\/server\/dist\/app\.js$/);
    assert.equal(result.status, 200);
    assert.equal(result.n, 2);
  });

  it('type-checks an app against the published .d.ts files (no source condition)', () => {
    const dir = mkdtempSync(join(ROOT, 'test/exports/.tmp-'));
    try {
      writeFileSync(join(dir, 'app.ts'), `
        import { createClient, isApiError, type Event, type ExchangeClient } from '@shhk/sdk';
        import { HkEventCalendar } from '@shhk/elements';
        import { createApp } from '@shhk/server/app';
        const client: ExchangeClient = createClient({ baseUrl: 'https://example.org/v1' });
        export async function first(): Promise<Event | undefined> {
          try { return (await client.events.list({ kind: ['forum'], limit: 1 })).items[0]; }
          catch (error) { if (isApiError(error)) return undefined; throw error; }
        }
        export const tag: string = HkEventCalendar.name;
        export const app = createApp;
        // @ts-expect-error: 'party' is not an event kind
        void client.events.list({ kind: ['party'] });
      `);
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] },
        files: ['app.ts'],
      }));
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
