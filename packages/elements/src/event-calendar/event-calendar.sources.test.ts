import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type Event, type ExchangeClient, type Page } from '@shhk/sdk';
import './event-calendar.define.js';
import type { HkEventCalendar } from './event-calendar.js';
import { makeEvent, nextFrame, wholeMonth } from './event-calendar.test-helpers.js';

// Each source against the REAL API served by web-test-runner at /v1 (sample dataset anchored
// 2026-11-27): the API through `api-base`, the same data as an offline `dataset` file, an ICS feed,
// the `events` property, and merges where one source fails. Assertions are computed from the API's
// own answers, not hard-coded. Clock frozen at 2026-11-27 10:00 Shanghai; zone pinned.

const NOW = new Date('2026-11-27T10:00:00+08:00');
const FEED = '/packages/elements/test-fixtures/feed.ics';
const GARBAGE = '/packages/elements/test-fixtures/garbage.ics';

type Cal = HkEventCalendar;
const $ = <T extends Element = HTMLElement>(el: Cal, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Cal, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

async function loaded(el: Cal): Promise<Cal> {
  await waitUntil(() => $(el, '[part="body"]')?.getAttribute('aria-busy') === 'false' && $(el, '[part="base"]'), 'calendar loaded', { timeout: 8000 });
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

/** Non-recurring events of the API overlapping [from, to) (ISO with offset), by id. */
async function apiEvents(from: string, to: string): Promise<Event[]> {
  const res = await fetch(`/v1/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=500`);
  expect(res.ok, 'GET /v1/events').to.equal(true);
  return ((await res.json()) as Page<Event>).items;
}

const shownIds = (el: Cal) => new Set($$(el, '[data-key]').map((n) => n.dataset.key!.split('@')[0]!));
const oneOffIds = (events: Event[]) => new Set(events.filter((e) => !e.rrule).map((e) => e.id));

function hangingClient(): { client: ExchangeClient; calls: () => number } {
  let calls = 0;
  return {
    client: createClient({ baseUrl: 'https://api.test/v1', retry: 0, timeout: false, fetch: () => { calls++; return new Promise<Response>(() => {}); } }),
    calls: () => calls,
  };
}

function failingClient(): { client: ExchangeClient; calls: () => number } {
  let calls = 0;
  return {
    client: createClient({ baseUrl: 'https://api.test/v1', retry: 0, fetch: async () => { calls++; throw new TypeError('Failed to fetch'); } }),
    calls: () => calls,
  };
}

describe('<hk-event-calendar> sources and states', () => {
  describe('the API (api-base="/v1")', () => {
    it('should list November’s events in the list view, recurring ones expanded', async () => {
      const expected = await apiEvents('2026-11-01T00:00:00+08:00', '2026-12-01T00:00:00+08:00');
      expect(expected.length, 'sample data has November events').to.be.greaterThan(5);
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar api-base="/v1" time-zone="Asia/Shanghai" locale="en"
        view="list" date="2026-11-27" .now=${NOW} style="width:1100px"></hk-event-calendar>`));
      await wholeMonth(el); // in the current month the agenda starts today
      const shown = shownIds(el);
      for (const id of oneOffIds(expected)) expect(shown.has(id), `${id} shown`).to.equal(true);
      const allIds = new Set(expected.map((e) => e.id));
      for (const id of shown) expect(allIds.has(id), `${id} comes from the API`).to.equal(true);
      // A monthly series that began in August has its November occurrence.
      const monthly = expected.find((e) => e.rrule?.startsWith('FREQ=MONTHLY'));
      if (monthly) expect($$(el, `[data-key^="${monthly.id}@"]`).length).to.be.greaterThan(0);
    });

    it('should announce the count of the month it moved to, once that month has loaded', async () => {
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar api-base="/v1" time-zone="Asia/Shanghai" locale="en"
        date="2026-06-15" .now=${NOW} style="width:1100px"></hk-event-calendar>`));
      const status = () => $(el, '[role="status"]')!.textContent!;
      const [prev, next] = $$<HTMLButtonElement>(el, '[part="nav-button"]');
      // A click renders on the next update; only then is the calendar busy with the new month's load.
      const press = async (button: HTMLButtonElement | undefined) => {
        button!.click();
        await el.updateComplete;
        await loaded(el);
      };
      const announced: string[] = [];
      for (const button of [next, next, prev]) {
        await press(button);
        announced.push(status());
      }
      // Each count is taken again with the month loaded: switching to the list view (same range, no
      // load) announces it afresh. Counting the previous month's data instead gave other numbers.
      const viewButtons = $$<HTMLButtonElement>(el, '[part="view-button"]');
      await press(viewButtons[2]); // List
      expect(announced[2]).to.match(/^July 2026: \d+ events$/);
      expect(status()).to.equal(announced[2]);
      const july = await apiEvents('2026-07-01T00:00:00+08:00', '2026-08-01T00:00:00+08:00');
      expect(Number(/(\d+) events/.exec(announced[2]!)![1]), 'at least the one-off events').to.be.at.least(oneOffIds(july).size);
      await press(viewButtons[0]); // back to the month: August
      await press(next);
      await press(viewButtons[2]);
      expect(status()).to.equal(announced[1]);
    });

    it('should show each day’s API count in the month grid', async () => {
      const expected = await apiEvents('2026-11-27T00:00:00+08:00', '2026-11-28T00:00:00+08:00');
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar api-base="/v1" time-zone="Asia/Shanghai" locale="en"
        date="2026-11-27" .now=${NOW} style="width:1100px"></hk-event-calendar>`));
      const label = $(el, 'td[data-day="2026-11-27"] .day__btn')!.getAttribute('aria-label')!;
      const n = expected.filter((e) => !e.rrule).length;
      expect(label).to.include(n === 1 ? '1 event' : `${n} events`);
      await expect(el).to.be.accessible();
    });

    it('should label the dataset’s holidays (National Day, make-up working day)', async () => {
      const res = await fetch('/v1/holidays?from=2026-10-01&to=2026-10-31&limit=100');
      const holidays = ((await res.json()) as Page<{ date: string; kind: string; name: { en?: string } }>).items;
      const makeup = holidays.find((h) => h.kind === 'makeup-workday');
      const el = await fixture<Cal>(html`<hk-event-calendar api-base="/v1" time-zone="Asia/Shanghai" locale="en"
        date="2026-10-01" .now=${NOW} style="width:1100px"></hk-event-calendar>`);
      await waitUntil(() => $(el, '.day.is-holiday'), 'holidays', { timeout: 8000 });
      await loaded(el);
      const oct1 = holidays.filter((h) => h.date === '2026-10-01');
      expect(oct1.length).to.be.greaterThan(0);
      const label = $(el, 'td[data-day="2026-10-01"] .day__btn')!.getAttribute('aria-label')!;
      for (const h of oct1) expect(label).to.include(h.name.en!);
      if (makeup) {
        expect($(el, `td[data-day="${makeup.date}"]`)!.classList.contains('is-makeup')).to.equal(true);
        expect($(el, `td[data-day="${makeup.date}"] .day__btn`)!.getAttribute('aria-label')).to.include('Make-up working day');
      }
    });

    it('should show the next events from the API in upcoming mode', async () => {
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar api-base="/v1" time-zone="Asia/Shanghai" locale="zh-Hans"
        view="upcoming" upcoming-count="4" .now=${NOW}></hk-event-calendar>`));
      const items = $$(el, '.upcoming .item__title');
      expect(items).to.have.length(4);
      const expected = (await apiEvents(NOW.toISOString(), '2027-01-01T00:00:00+08:00'))
        // Upcoming = starting today or later (a competition running since July is not listed), not over.
        .filter((e) => !e.rrule && (e.allDay ? e.start >= '2026-11-27' : Date.parse(e.start) >= Date.parse('2026-11-27T00:00:00+08:00')))
        .filter((e) => Date.parse(e.end ?? e.start) > NOW.getTime())
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      // The first upcoming one-off event is listed, in Chinese, with its language.
      const first = expected[0]!;
      const ids = items.map((b) => b.dataset.key!.split('@')[0]);
      expect(ids).to.include(first.id);
      const button = items[ids.indexOf(first.id)]!;
      expect(button.textContent).to.equal(first.title['zh-Hans'] ?? first.title['zh-Hant-HK'] ?? first.title.en);
      expect(button.getAttribute('lang')).to.match(/^zh|^en/);
      await expect(el).to.be.accessible();
    });

    it('should offer subscribe links for the current filters', async () => {
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar api-base="/v1" time-zone="Asia/Shanghai" locale="en" kinds="forum"
        date="2026-11-27" .now=${NOW} style="width:1100px"></hk-event-calendar>`));
      $<HTMLButtonElement>(el, '[part="subscribe-button"]')!.click();
      await el.updateComplete;
      const links = $$<HTMLAnchorElement>(el, '[part="subscribe"] a').map((a) => a.href);
      expect(links[0]).to.match(/^webcal:\/\/.+\/v1\/events\.ics\?kind=forum(&lang=en)?$/);
      expect(links[1]).to.match(/^http:\/\/.+\/v1\/events\.ics\?kind=forum(&lang=en)?$/);
      expect($(el, '[part="subscribe"]')!.textContent).to.include('Google Calendar may take 12–24 h to update.').and.include('Forum');
      const feed = await fetch(links[1]!);
      expect(feed.headers.get('content-type')).to.match(/^text\/calendar/);
      await expect(el).to.be.accessible();
    });

    it('should link each event’s .ics to the server', async () => {
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar api-base="/v1" time-zone="Asia/Shanghai" locale="en"
        view="list" date="2026-11-27" .now=${NOW}></hk-event-calendar>`));
      const button = $$<HTMLButtonElement>(el, '.item__title').find((b) => !b.dataset.key!.includes('@'))!;
      button.click();
      await el.updateComplete;
      const ics = $<HTMLAnchorElement>(el, '[part="add-to-calendar"] a')!;
      expect(ics.href).to.match(new RegExp(`/v1/events/${button.dataset.key}\\.ics\\?lang=en$`));
      const res = await fetch(ics.href);
      expect(res.ok).to.equal(true);
      expect(await res.text()).to.include('BEGIN:VEVENT');
    });
  });

  describe('other sources', () => {
    it('should show the same events from an offline dataset file', async () => {
      const expected = await apiEvents('2026-11-01T00:00:00+08:00', '2026-12-01T00:00:00+08:00');
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar dataset="/test-fixtures/dataset.json" time-zone="Asia/Shanghai"
        locale="en" view="list" date="2026-11" .now=${NOW}></hk-event-calendar>`));
      await wholeMonth(el); // in the current month the agenda starts today
      const shown = shownIds(el);
      for (const id of oneOffIds(expected)) expect(shown.has(id), `${id} shown`).to.equal(true);
      // An offline dataset has no server feed to subscribe to.
      expect($(el, '[part="subscribe-button"]')).to.equal(null);
    });

    it('should read an ICS feed (TZID, RRULE with an override, all-day), showing text as text', async () => {
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar ics-src=${FEED} time-zone="Europe/London" locale="en"
        view="list" date="2026-03" .now=${NOW}></hk-event-calendar>`));
      const titles = $$(el, '.item__title').map((b) => b.textContent);
      expect(titles.filter((t) => t === 'Weekly innovation seminar').length).to.be.greaterThan(2);
      expect(titles).to.include('Weekly innovation seminar (moved)');
      expect(titles).to.include('滬港創新論壇');
      expect(titles.some((t) => t!.includes('<script>'))).to.equal(true);
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      // Monday 2 March 18:00 London time.
      const first = $$(el, '.item').find((li) => li.textContent!.includes('Weekly innovation seminar'))!;
      expect(first.closest('section')!.querySelector('h3')!.textContent).to.include('Monday, 2 March 2026');
      expect(first.querySelector('.item__time')!.textContent).to.include('6:00');
      // The VEVENT without a start is skipped and counted.
      expect($$(el, '[part="note"]').map((n) => n.textContent).join(' ')).to.include('1 record couldn’t be shown.');
      // "Download .ics" writes every occurrence shown, each with its own UID (a series expanded from a
      // feed shares one id; written once, the file lost every repeat but the first).
      el.addEventListener('click', (e) => e.preventDefault()); // no real download in the test
      const link = $<HTMLAnchorElement>(el, '[part="download"]')!;
      link.click();
      const ics = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
      const uids = [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
      expect(uids).to.have.length($$(el, '.item').length);
      expect(new Set(uids).size).to.equal(uids.length);
      expect(ics.match(/^SUMMARY[^:]*:Weekly innovation seminar\r?$/gm)).to.have.length(titles.filter((t) => t === 'Weekly innovation seminar').length);
    });

    it('should name the feed in the error state when the only source, a feed, fails', async () => {
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar ics-src="/no/such/feed.ics" time-zone="Asia/Shanghai" locale="zh-Hant-HK"
        date="2026-11" .now=${NOW}></hk-event-calendar>`));
      await waitUntil(() => $(el, '[part="error"]'), 'error state');
      expect($(el, '[part="error"] p')!.textContent).to.equal(`來自 ${location.host}/no/such/feed.ics 的日曆訂閱來源未能載入，請稍後再試。`);
      expect($(el, '[part="error"] [part="retry-button"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('should keep the other sources when one feed 404s, naming the failed one', async () => {
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar api-base="/v1" ics-src="/no/such/feed.ics ${GARBAGE}"
        time-zone="Asia/Shanghai" locale="en" view="list" date="2026-11" .now=${NOW}
        .events=${[makeEvent({ id: 'page-own', title: { en: 'Open day on campus' }, start: '2026-11-21T10:00:00+08:00', end: '2026-11-21T12:00:00+08:00' })]}></hk-event-calendar>`));
      await wholeMonth(el); // in the current month the agenda starts today
      const notes = $$(el, '[part="note"]').map((n) => n.textContent!.replace(/\s+/g, ' '));
      expect(notes.filter((n) => n.includes('couldn\'t be loaded'))).to.have.length(2);
      // Each names its feed (host and path), so two failing feeds of one site are told apart.
      expect(notes.join(' ')).to.include(`The calendar feed from ${location.host}/no/such/feed.ics couldn't be loaded`);
      expect(notes.join(' ')).to.include(`The calendar feed from ${location.host}/…/garbage.ics couldn't be loaded`); // a long path keeps its file name
      expect($(el, '[part="error"]')).to.equal(null);
      const shown = shownIds(el);
      expect(shown.has('page-own')).to.equal(true);
      expect([...shown].some((id) => id.startsWith('ev-'))).to.equal(true);
      await expect(el).to.be.accessible();
      // Only the API's events have the server's .ics (in the calendar's language); the page's own is generated.
      const icsOf = async (key: string) => {
        $<HTMLButtonElement>(el, `.agenda button[data-key="${key}"]`)!.click();
        await el.updateComplete;
        return $<HTMLAnchorElement>(el, '[part="agenda-details"] [part="add-to-calendar"] a[download]')!.href;
      };
      expect(await icsOf('page-own')).to.match(/^data:text\/calendar/);
      const apiKey = $$(el, '.agenda button[data-key^="ev-"]')[0]!.dataset.key!;
      expect(await icsOf(apiKey)).to.equal(new URL(`/v1/events/${apiKey.split('@')[0]}.ics?lang=en`, location.href).href);
    });
  });

  describe('states', () => {
    it('should show a skeleton after 300 ms while loading, busy and accessible', async () => {
      const { client } = hangingClient();
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale="en" date="2026-11-27"
        .now=${NOW} .contextClient=${client}></hk-event-calendar>`);
      await el.updateComplete;
      expect($(el, '[part="body"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="skeleton"]')).to.equal(null);
      await waitUntil(() => $(el, '[part="skeleton"]'), 'skeleton after 300 ms', { timeout: 2000 });
      expect($(el, '[role="status"]')!.textContent).to.equal('Loading events…');
      expect($(el, '.skeleton__rows')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
      for (const view of ['week', 'list', 'upcoming']) {
        el.view = view;
        await el.updateComplete;
        await waitUntil(() => $(el, '[part="skeleton"]'), `skeleton in ${view}`, { timeout: 2000 });
        expect($(el, '[part="body"]')!.getAttribute('aria-busy'), view).to.equal('true');
        await expect(el).to.be.accessible();
      }
    });

    it('should show an error with Try again that re-runs the load', async () => {
      const { client, calls } = failingClient();
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale="zh-Hant-HK" date="2026-11-27"
        .now=${NOW} .contextClient=${client}></hk-event-calendar>`);
      await waitUntil(() => $(el, '[part="error"]'), 'error state', { timeout: 4000 });
      expect($(el, '[part="error"]')!.textContent).to.include('未能載入活動，請檢查網絡連線後再試。');
      // Nothing loaded, nothing to subscribe to or download.
      expect($(el, '[part="footer"]')).to.equal(null);
      await expect(el).to.be.accessible();
      const before = calls();
      $<HTMLButtonElement>(el, '[part="error"] button')!.click();
      await waitUntil(() => calls() > before, 'retried');
      await waitUntil(() => $(el, '[part="error"]'), 'error again');
      for (const view of ['week', 'list', 'upcoming']) {
        el.view = view;
        await waitUntil(() => $(el, '[part="error"]'), `error in ${view}`);
        await expect(el).to.be.accessible();
      }
    });

    it('should show an empty month with the next month that has events (asked of the API)', async () => {
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar api-base="/v1" time-zone="Asia/Shanghai" locale="en"
        kinds="expo" date="2027-11-15" .now=${NOW} style="width:1100px"></hk-event-calendar>`));
      expect($(el, '[part="empty"]')!.textContent).to.include('No events in November 2027');
      await expect(el).to.be.accessible();
      // The API knows a later expo only if the dataset has one; when it does, the button goes there.
      const later = await apiEvents('2027-12-01T00:00:00+08:00', '2030-01-01T00:00:00+08:00');
      if (later.some((e) => e.kind === 'expo')) {
        await waitUntil(() => $(el, '[part="empty"] button'), 'next-month button');
      }
      const earlier = await fixture<Cal>(html`<hk-event-calendar api-base="/v1" time-zone="Asia/Shanghai" locale="en" kinds="expo"
        date="2026-01-10" .now=${NOW}></hk-event-calendar>`);
      await loaded(earlier);
      const expos = (await apiEvents('2026-02-01T00:00:00+08:00', '2030-01-01T00:00:00+08:00')).filter((e) => e.kind === 'expo');
      const janHasExpo = (await apiEvents('2026-01-01T00:00:00+08:00', '2026-02-01T00:00:00+08:00')).some((e) => e.kind === 'expo');
      if (!janHasExpo && expos.length) {
        await waitUntil(() => $(earlier, '[part="empty"] button'), 'next expo month');
        const next = $<HTMLButtonElement>(earlier, '[part="empty"] button')!;
        expect(next.textContent).to.include('Next month with events');
        next.focus();
        next.click();
        // The button goes with the empty month; once the next month has loaded, focus is on its day.
        await waitUntil(() => (earlier.shadowRoot!.activeElement as HTMLElement | null)?.classList.contains('day__btn'), 'focus on the day moved to');
        expect(earlier.date!.slice(0, 7)).to.equal(expos.map((e) => e.start.slice(0, 7)).sort()[0]);
      }
    });
  });

  describe('sync-url', () => {
    const original = location.href;
    // The agenda opened from a shared link (`hk-event`) in the page URL, once the event's disclosure is open.
    async function sharedInAgenda(id: string, date: string, events: Event[]) {
      const url = new URL(original);
      url.searchParams.set('hk-view', 'agenda');
      url.searchParams.set('hk-event', id);
      url.searchParams.set('hk-date', date);
      history.replaceState(null, '', url);
      const el = await fixture<Cal>(html`<hk-event-calendar sync-url time-zone="Asia/Shanghai" locale="en" .now=${NOW} .events=${events}></hk-event-calendar>`);
      const button = () => $<HTMLButtonElement>(el, `.agenda button[data-key="${id}"]`);
      await waitUntil(() => button()?.getAttribute('aria-expanded') === 'true', 'disclosure opened from the URL');
      return { el, button };
    }
    afterEach(() => history.replaceState(null, '', original));

    it('should read the URL on connect and write view, date and filters back; back restores', async () => {
      const url = new URL(original);
      url.searchParams.set('hk-view', 'agenda');
      url.searchParams.set('hk-date', '2026-12-08');
      url.searchParams.set('hk-kind', 'forum');
      history.replaceState(null, '', url);
      const el = await fixture<Cal>(html`<hk-event-calendar sync-url time-zone="Asia/Shanghai" locale="en" .now=${NOW}
        .events=${[makeEvent({ id: 'f1', kind: 'forum', start: '2026-12-08T09:00:00+08:00', end: '2026-12-08T10:00:00+08:00' }),
          makeEvent({ id: 'x1', kind: 'expo', start: '2026-12-09T09:00:00+08:00', end: '2026-12-09T10:00:00+08:00' })]}></hk-event-calendar>`);
      await el.updateComplete;
      expect(el.getAttribute('view')).to.equal('list');
      expect($(el, '.title')!.textContent).to.equal('December 2026');
      expect([...shownIds(el)]).to.deep.equal(['f1']);
      $$<HTMLButtonElement>(el, '[part="nav-button"]')[1]!.click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('hk-date')).to.equal('2027-01-08');
      expect(new URL(location.href).searchParams.get('hk-kind')).to.equal('forum');
      history.back();
      await waitUntil(() => $(el, '.title')!.textContent === 'December 2026', 'back to December');
    });

    it('should keep two sync-url calendars apart with url-prefix', async () => {
      history.replaceState(null, '', new URL(original));
      const events = [makeEvent({ id: 'p1', start: '2026-11-20T09:00:00+08:00', end: '2026-11-20T10:00:00+08:00' })];
      const page = await fixture<HTMLElement>(html`<div>
        <hk-event-calendar id="a" sync-url time-zone="Asia/Shanghai" locale="en" date="2026-11-27" .now=${NOW} .events=${events}></hk-event-calendar>
        <hk-event-calendar id="b" sync-url url-prefix="side-" view="upcoming" time-zone="Asia/Shanghai" locale="en" .now=${NOW} .events=${events}></hk-event-calendar>
      </div>`);
      const [a, b] = [...page.querySelectorAll<Cal>('hk-event-calendar')];
      await a!.updateComplete;
      $$<HTMLButtonElement>(a!, '[part="nav-button"]')[1]!.click();
      await waitUntil(() => new URL(location.href).searchParams.get('hk-date') === '2026-12-27', 'a writes hk-date');
      expect([...new URL(location.href).searchParams.keys()].some((k) => k.startsWith('side-'))).to.equal(false);
      // A calendar reading this URL afresh with the other prefix is not moved by it.
      const again = await fixture<Cal>(html`<hk-event-calendar sync-url url-prefix="side-" view="upcoming" time-zone="Asia/Shanghai" locale="en"
        .now=${NOW} .events=${events}></hk-event-calendar>`);
      expect([again.view, again.date, b!.view]).to.deep.equal(['upcoming', undefined, 'upcoming']);
      history.replaceState(null, '', new URL(original));
    });

    it('should open a shared event link (hk-event) and write the open event to the URL', async () => {
      const url = new URL(original);
      url.searchParams.set('hk-event', 'f2');
      url.searchParams.set('hk-date', '2026-12-09');
      history.replaceState(null, '', url);
      const el = await fixture<Cal>(html`<hk-event-calendar sync-url time-zone="Asia/Shanghai" locale="en" .now=${NOW}
        .events=${[makeEvent({ id: 'f2', title: { en: 'Shared roadshow' }, start: '2026-12-09T09:00:00+08:00', end: '2026-12-09T10:00:00+08:00' })]}></hk-event-calendar>`);
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'dialog opened from the URL');
      expect($(el, '#dlg-title')!.textContent).to.equal('Shared roadshow');
      const share = $<HTMLInputElement>(el, '.copy__input')!.value;
      expect(new URL(share).searchParams.get('hk-event')).to.equal('f2');
      $<HTMLDialogElement>(el, 'dialog')!.close();
      await waitUntil(() => !new URL(location.href).searchParams.has('hk-event'), 'hk-event removed on close');
      // Opened by the link, not a button: closing focuses the event's button (here in the week view).
      history.replaceState(null, '', url.href.replace('hk-date', 'hk-view=week&hk-date'));
      const week = await fixture<Cal>(html`<hk-event-calendar sync-url time-zone="Asia/Shanghai" locale="en" .now=${NOW} style="width:1100px"
        .events=${[makeEvent({ id: 'f2', title: { en: 'Shared roadshow' }, start: '2026-12-09T09:00:00+08:00', end: '2026-12-09T10:00:00+08:00' })]}></hk-event-calendar>`);
      await waitUntil(() => $<HTMLDialogElement>(week, 'dialog')?.open, 'dialog opened from the URL in the week');
      expect(week.view).to.equal('week');
      $<HTMLDialogElement>(week, 'dialog')!.close();
      await waitUntil(() => week.shadowRoot!.activeElement === $(week, '.week [data-key="f2"]'), 'focus on the event in the week');
    });

    it('should share one session of a recurring event, and open that session from the link', async () => {
      const weekly = [makeEvent({ id: 'wk', title: { en: 'Weekly clinic' }, start: '2026-12-01T09:00:00+08:00', end: '2026-12-01T10:00:00+08:00', rrule: 'FREQ=WEEKLY;COUNT=4' })];
      const url = new URL(original);
      url.searchParams.set('hk-date', '2026-12-08');
      history.replaceState(null, '', url);
      const el = await fixture<Cal>(html`<hk-event-calendar sync-url time-zone="Asia/Shanghai" locale="en" .now=${NOW} style="width:1100px"
        .events=${weekly}></hk-event-calendar>`);
      await waitUntil(() => $(el, 'td[data-day="2026-12-08"] .ev'), 'the second session drawn');
      $(el, 'td[data-day="2026-12-08"] .ev')!.click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'dialog open');
      const share = new URL($<HTMLInputElement>(el, '.copy__input')!.value);
      const key = share.searchParams.get('hk-event')!;
      expect(key).to.match(/^wk@/);
      expect(new URL(location.href).searchParams.get('hk-event')).to.equal(key);
      $<HTMLDialogElement>(el, 'dialog')!.close();
      // The link, opened afresh: the 8 December session, not the series' first.
      history.replaceState(null, '', share);
      const again = await fixture<Cal>(html`<hk-event-calendar sync-url time-zone="Asia/Shanghai" locale="en" .now=${NOW}
        .events=${weekly}></hk-event-calendar>`);
      await waitUntil(() => $<HTMLDialogElement>(again, 'dialog')?.open, 'dialog opened from the link');
      expect($(again, '.dlg__facts dd')!.textContent).to.include('8 Dec');
      $<HTMLDialogElement>(again, 'dialog')!.close();
    });

    it('should open a shared link to an event earlier this month in the agenda, which otherwise starts today', async () => {
      const { el, button } = await sharedInAgenda('f5', '2026-11-10', [
        makeEvent({ id: 'f5', title: { en: 'Earlier lecture' }, start: '2026-11-10T09:00:00+08:00', end: '2026-11-10T10:00:00+08:00' }),
        makeEvent({ id: 'f6', title: { en: 'Today’s lecture' }, start: '2026-11-27T15:00:00+08:00', end: '2026-11-27T16:00:00+08:00' }),
      ]);
      expect(el.shadowRoot!.activeElement).to.equal(button());
      expect($$(el, '.agenda__head').map((h) => h.textContent!.trim())).to.deep.equal(['Tuesday, 10 November 2026', 'Friday, 27 November 2026']);
      button()!.click();
      await waitUntil(() => !new URL(location.href).searchParams.has('hk-event'), 'hk-event removed on close');
    });

    it('should open a shared event link in the agenda as its disclosure, and write it to the URL', async () => {
      const { el, button } = await sharedInAgenda('f3', '2026-12-09', [
        makeEvent({ id: 'f3', title: { en: 'Shared lecture' }, start: '2026-12-09T09:00:00+08:00', end: '2026-12-09T10:00:00+08:00' }),
        makeEvent({ id: 'f4', title: { en: 'Other lecture' }, start: '2026-12-10T09:00:00+08:00', end: '2026-12-10T10:00:00+08:00' }),
      ]);
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button());
      expect(new URL($<HTMLInputElement>(el, '[part="agenda-details"] .copy__input')!.value).searchParams.get('hk-event')).to.equal('f3');
      $<HTMLButtonElement>(el, '.agenda button[data-key="f4"]')!.click();
      await waitUntil(() => new URL(location.href).searchParams.get('hk-event') === 'f4', 'the open event written to the URL');
      $<HTMLButtonElement>(el, '.agenda button[data-key="f4"]')!.click();
      await waitUntil(() => !new URL(location.href).searchParams.has('hk-event'), 'hk-event removed on close');
      // A disclosure left open is not carried into another view's URL (nor reopened as a dialog there).
      $<HTMLButtonElement>(el, '.agenda button[data-key="f4"]')!.click();
      await waitUntil(() => new URL(location.href).searchParams.get('hk-event') === 'f4', 'open again');
      $$<HTMLButtonElement>(el, '[part="view-button"]')[0]!.click(); // Month
      await waitUntil(() => new URL(location.href).searchParams.get('hk-view') === 'month', 'month view in the URL');
      expect(new URL(location.href).searchParams.has('hk-event')).to.equal(false);
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    });
  });
});
