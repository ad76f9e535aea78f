// End-to-end: examples/university/ (news page with an upcoming sidebar, and a full-page calendar)
// against the REAL server and the built drop-in, in headless Chromium. Run after `npm run build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { openPage, useKit, type PageProblems } from './harness.js';

interface ApiEvent {
  id: string;
  start: string;
  end?: string;
  allDay: boolean;
  kind: string;
  rrule?: string;
  title: Record<string, string | undefined>;
}

/** Texts of elements matching `selector` inside the (first) calendar's shadow root. */
function shadowTexts(page: Page, selector: string, host = 'hk-event-calendar'): Promise<string[]> {
  return page.evaluate(
    (h, s) => [...(document.querySelector(h)?.shadowRoot?.querySelectorAll(s) ?? [])].map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()),
    host,
    selector,
  );
}

async function waitLoaded(page: Page, host = 'hk-event-calendar'): Promise<void> {
  await page.waitForFunction(
    (h) => {
      const root = document.querySelector(h)?.shadowRoot;
      return !!root?.querySelector('[part="base"]') && root.querySelector('[part="body"]')?.getAttribute('aria-busy') === 'false';
    },
    { timeout: 15_000 },
    host,
  );
}

async function click(page: Page, selector: string): Promise<void> {
  const handle = await page.waitForSelector(`hk-event-calendar >>> ${selector}`, { timeout: 10_000 });
  assert.ok(handle, `no ${selector}`);
  await handle.click();
}

describe('e2e: examples/university', () => {
  const env = useKit();

  const open = async (path: string): Promise<{ page: Page; problems: PageProblems }> => {
    const opened = await openPage(env.browser);
    await opened.page.setViewport({ width: 1280, height: 900 });
    await opened.page.goto(new URL(path, env.kit.url).href, { waitUntil: 'load' });
    await opened.page.evaluate(() => customElements.whenDefined('hk-event-calendar'));
    return opened;
  };

  it('shows the next five events in the news page’s sidebar', async () => {
    const { page, problems } = await open('examples/university/');
    try {
      await waitLoaded(page);
      const titles = await shadowTexts(page, '.upcoming .item__title');
      assert.equal(titles.length, 5);
      assert.ok(titles.every((t) => t.length > 0));
      // The list comes from the API: every title is an event the API knows, none of them over.
      const now = Date.now();
      const res = await fetch(new URL(`v1/events?from=${encodeURIComponent(new Date(now).toISOString())}&limit=500`, env.kit.url));
      const events = ((await res.json()) as { items: ApiEvent[] }).items;
      const known = new Set(events.map((e) => e.title.en));
      for (const t of titles) assert.ok(known.has(t), `"${t}" is an upcoming API event`);
      // The sidebar links to the full calendar.
      const href = await page.$eval('.sidebar__more', (a) => (a as HTMLAnchorElement).href);
      assert.match(href, /\/examples\/university\/calendar\.html$/);
      // An event's share link opens it on the full calendar page.
      await click(page, '.upcoming [part~="event"]');
      await page.waitForFunction(() => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('dialog')?.open === true);
      const [sharedTitle] = await shadowTexts(page, '#dlg-title');
      const share = await page.evaluate(() => (document.querySelector('hk-event-calendar')!.shadowRoot!.querySelector('.copy__input') as HTMLInputElement).value);
      assert.match(share, /\/examples\/university\/calendar\.html\?/);
      await page.keyboard.press('Escape');
      const shared = await open(share.replace(/^https?:\/\/[^/]+\//, ''));
      try {
        await shared.page.waitForFunction(() => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('dialog')?.open === true);
        assert.deepEqual(await shadowTexts(shared.page, '#dlg-title'), [sharedTitle]);
      } finally {
        await shared.page.close();
      }
      // Switching the page language re-renders the calendar in Chinese.
      await page.select('#lang', 'zh-Hans');
      await page.waitForFunction(() => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('.title')?.textContent === '即将举行的活动');
      assert.match(await page.$eval('.sidebar__more', (a) => (a as HTMLAnchorElement).href), /calendar\.html\?lang=zh-Hans$/);
      assert.deepEqual(problems.errors, []);
    } finally {
      await page.close();
    }
  });

  it('navigates months, opens event details (dialog and agenda disclosure) and filters on the full-page calendar, keeping the URL', async () => {
    const { page, problems } = await open('examples/university/calendar.html?hk-date=2026-11-27');
    try {
      await waitLoaded(page);
      assert.deepEqual(await shadowTexts(page, '.title'), ['November 2026']);
      assert.ok((await shadowTexts(page, 'td[data-day^="2026-11"] [part~="event"]')).length > 0, 'November has events');

      // Months: Next, then the browser's Back.
      await click(page, '[data-action="next"]');
      await page.waitForFunction(() => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('.title')?.textContent === 'December 2026');
      assert.equal(new URL(page.url()).searchParams.get('hk-date'), '2026-12-27');
      await waitLoaded(page);
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('.title')?.textContent === 'November 2026');

      // Keyboard: arrows move the roving focus across the grid.
      await waitLoaded(page);
      const day = await page.waitForSelector('hk-event-calendar >>> td[data-day="2026-11-27"] .day__btn');
      await day!.focus();
      await page.keyboard.press('ArrowRight');
      const focusedDay = await page.evaluate(() => (document.querySelector('hk-event-calendar')!.shadowRoot!.activeElement?.closest('td') as HTMLElement | null)?.dataset.day);
      assert.equal(focusedDay, '2026-11-28');

      // In the month, an event opens the details dialog; Escape closes it.
      await click(page, 'td[data-day^="2026-11"] [part~="event"]');
      await page.waitForFunction(() => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('dialog')?.open === true);
      assert.equal((await shadowTexts(page, '#dlg-title')).length, 1);
      const links = await page.evaluate(() => [...document.querySelector('hk-event-calendar')!.shadowRoot!.querySelectorAll('dialog [part="add-to-calendar"] a')].map((a) => (a as HTMLAnchorElement).href));
      assert.equal(links.length, 3);
      assert.match(links[0]!, /\/v1\/events\/[a-z0-9-]+\.ics\?lang=en$/); // in the page's language
      const ics = await fetch(links[0]!);
      assert.equal(ics.status, 200);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('dialog')?.open === false);

      // In the list, an event's button discloses its details below it, and closes them again.
      const listButton = await page.waitForSelector('hk-event-calendar >>> [part="view-button"]:nth-child(3)');
      await listButton!.click();
      await waitLoaded(page);
      await click(page, '.agenda .item__title');
      await page.waitForFunction(() => document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('.agenda .item__title')?.getAttribute('aria-expanded') === 'true');
      const inline = await page.evaluate(() => [...document.querySelector('hk-event-calendar')!.shadowRoot!.querySelectorAll('[part="agenda-details"] [part="add-to-calendar"] a')].map((a) => (a as HTMLAnchorElement).href));
      assert.equal(inline.length, 3);
      assert.equal((await fetch(inline[0]!)).status, 200);
      assert.ok(new URL(page.url()).searchParams.has('hk-event'), 'the open event is in the URL');
      await click(page, '.agenda .item__title');
      await page.waitForFunction(() => !document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('[part="agenda-details"]'));

      // Filters: the "Forum" chip keeps only forums, in the view and in the URL.
      await click(page, '[part="filters-button"]');
      await click(page, '.chip[data-f="kinds"][data-v="forum"]');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('hk-kind') === 'forum');
      await waitLoaded(page);
      const kinds = await page.evaluate(() =>
        [...document.querySelector('hk-event-calendar')!.shadowRoot!.querySelectorAll('.agenda .item__title')].map((b) => [...b.classList].find((c) => c.startsWith('k-'))));
      assert.ok(kinds.length > 0, 'some forums this month');
      assert.ok(kinds.every((k) => k === 'k-forum'), `only forums: ${kinds.join(', ')}`);
      const status = await shadowTexts(page, '[role="status"]');
      assert.match(status.join(' '), /November 2026: \d+ events?/);
      assert.deepEqual(problems.errors, []);
    } finally {
      await page.close();
    }
  });

  it('works at 320 px: the month falls back to the agenda', async () => {
    const { page, problems } = await open('examples/university/calendar.html?hk-date=2026-11-27&lang=zh-Hant-HK');
    try {
      await page.setViewport({ width: 320, height: 800 });
      await waitLoaded(page);
      await page.waitForFunction(() => !!document.querySelector('hk-event-calendar')?.shadowRoot?.querySelector('.agenda'));
      assert.deepEqual(await shadowTexts(page, '.title'), ['2026年11月']);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling (overflow ${overflow}px)`);
      assert.deepEqual(problems.errors, []);
    } finally {
      await page.close();
    }
  });
});
