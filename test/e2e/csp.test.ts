// A partner page with a strict Content-Security-Policy (no 'unsafe-eval', no 'unsafe-inline', only
// same-origin scripts and connections): the drop-in must work there, including its lazy chunks
// (offline engine, 简/繁 search), with no CSP violation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useKit } from './harness.js';

const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'";

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP partner page</title>
<script type="module" src="/hk-elements.js"></script></head><body>
<hk-event-calendar id="api" api-base="/v1" view="list" date="2026-11" locale="en" time-zone="Asia/Shanghai"></hk-event-calendar>
<hk-event-calendar id="offline" dataset="/dataset/sample.json" view="month" date="2026-11" locale="zh-Hant-HK" q="創新"></hk-event-calendar>
<hk-event-calendar id="week" api-base="/v1" view="week" date="2026-11-23" locale="en" time-zone="Asia/Shanghai"></hk-event-calendar>
</body></html>`;

describe('e2e: strict CSP partner page', () => {
  const env = useKit();

  it('renders calendars from the API and from an offline dataset with no CSP violation', async () => {
    const { page, problems } = await openPage(env.browser);
    const pageUrl = new URL('strict-csp.html', env.kit.url).href;
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === pageUrl) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body: PAGE });
      } else {
        void request.continue();
      }
    });
    // A string, not a function: tsx would wrap a function with helpers the page does not have.
    await page.evaluateOnNewDocument(`
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
    `);
    await page.goto(pageUrl, { waitUntil: 'networkidle0' });

    // Both calendars finish loading and show events (text search folded 創新 → 创新 events too).
    // Strings again (see above). -1 while a calendar is still busy.
    const COUNT = `(id) => { const root = document.getElementById(id)?.shadowRoot;
      return !root || root.querySelector('[aria-busy="true"]') ? -1 : root.querySelectorAll('[part~="event"]').length; }`;
    // The week's time grid places boxes with computed styles: set through the CSSOM, never a style attribute.
    const counts = await page.waitForFunction(`(() => { const count = ${COUNT}; const api = count('api'), offline = count('offline'), week = count('week');
      return api > 0 && offline > 0 && week > 0 ? { api, offline } : false; })()`, { timeout: 20_000 }).catch(async (error: unknown) => {
      const state = await page.evaluate(`(() => { const count = ${COUNT}; return 'api ' + count('api') + ', offline ' + count('offline') + ', week ' + count('week'); })()`);
      throw new Error(`${String(error)}: ${String(state)}; ${problems.errors.join('; ')}`);
    });
    const { api, offline } = (await counts.jsonValue()) as { api: number; offline: number };
    assert.ok(api > 0 && offline > 0);

    const violations = await page.evaluate('window.cspViolations');
    assert.deepEqual(violations, []);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });
});
