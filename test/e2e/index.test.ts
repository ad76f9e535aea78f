// End-to-end: the real server with the built drop-in and the example pages, in headless Chromium.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, openPage, useKit } from './harness.js';

const run = promisify(execFile);

describe('e2e: demo server, drop-in and examples', () => {
  const env = useKit();

  it('serves an index page linking the examples and the drop-in', async () => {
    const response = await fetch(env.kit.url);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = await response.text();
    assert.match(html, /href="\/examples\/all-in-one\/"/);
    assert.match(html, /href="\/hk-elements\.js"/);

    const bundle = await fetch(new URL('hk-elements.js', env.kit.url));
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
  });

  it('renders the all-in-one page: provider and calendar against the real API, no errors', async () => {
    const { page, problems } = await openPage(env.browser);
    try {
      const apiCalls: string[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname.startsWith('/v1/')) apiCalls.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(new URL('examples/all-in-one/', env.kit.url).href, { waitUntil: 'load' });

      const defined = await page.evaluate(async () => {
        await customElements.whenDefined('hk-exchange-provider');
        await customElements.whenDefined('hk-event-calendar');
        return ['hk-exchange-provider', 'hk-event-calendar'].map((tag) => typeof customElements.get(tag));
      });
      assert.deepEqual(defined, ['function', 'function']);

      // The calendar shows events of the current month from /v1/events (the dataset is anchored on
      // the test date, so the month has events).
      await page.waitForFunction(
        () => (document.querySelector('hk-event-calendar')?.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) > 0,
        { timeout: 15_000 },
      );
      const state = await page.evaluate(() => {
        const root = document.querySelector('hk-event-calendar')!.shadowRoot!;
        return {
          events: root.querySelectorAll('[part~="event"]').length,
          error: root.querySelector('[part~="error"]')?.textContent?.trim() ?? null,
          lang: root.querySelector('[part~="base"]')?.getAttribute('lang'),
          firstTitle: root.querySelector('[part~="event"]')?.textContent?.trim() ?? '',
        };
      });
      assert.ok(state.events > 0, 'at least one event is rendered');
      assert.equal(state.error, null, 'no error state');
      assert.equal(state.lang, 'en');
      assert.notEqual(state.firstTitle, '');
      assert.ok(apiCalls.some((call) => /^200 .*\/v1\/events\b/.test(call)), `a successful /v1/events call, got ${apiCalls.join(', ')}`);

      // Switching the provider's locale re-renders the calendar in Traditional Chinese.
      await page.select('#locale', 'zh-Hant-HK');
      await page.waitForFunction(
        () => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === 'zh-Hant-HK',
        { timeout: 10_000 },
      );
      assert.deepEqual(problems.errors, []);
    } finally {
      await page.close();
    }
  });

  it('runs the Node SDK example against the server with the built SDK', async () => {
    const { stdout } = await run(process.execPath, [join(ROOT, 'examples/sdk-node/index.mjs')], {
      cwd: ROOT,
      env: { ...process.env, SHHK_API: new URL('v1', env.kit.url).href, SHHK_LOCALE: 'en', SHHK_FROM: '2026-11-01', NODE_OPTIONS: '' },
      timeout: 30_000,
    });
    assert.match(stdout, /^Next 5 events from 2026-11-01/m);
    assert.match(stdout, /^Incubators open to Hong Kong founders \(first [1-5]\):/m);
    const eventLines = stdout.split('\n').filter((line) => /^ {2}\d{4}-\d{2}-\d{2}/.test(line));
    assert.equal(eventLines.length, 5);
  });
});
