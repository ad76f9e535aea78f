import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { createClient, type Event as ExchangeEvent, type Holiday, type Page } from '@shhk/sdk';
import '../provider/provider.define.js';
import './event-calendar.define.js';
import type { HkEventCalendar } from './event-calendar.js';
import { HkDateChangeEvent, HkFilterChangeEvent, HkViewChangeEvent } from './events.js';
import { makeEvent, nextFrame, wholeMonth } from './event-calendar.test-helpers.js';

// Behaviour of <hk-event-calendar> that issue 3 and ux-guide §1 ask for, one requirement per test:
// time zones, holidays, filters, sync-url history, subscribe/download, sources (provider, several
// feeds, one failing), bad input, themes and axe, strings in three locales, typed events. Clock frozen
// at Friday 27 November 2026 10:00 Shanghai (the sample dataset's anchor); every calendar gets an
// explicit time-zone. API answers come from the real server at /v1 and are queried, not hard-coded.

const NOW = new Date('2026-11-27T10:00:00+08:00');
const FEED = '/packages/elements/test-fixtures/feed.ics';
const FEED_2 = '/packages/elements/test-fixtures/feed-second.ics';
const TRUNCATED = '/packages/elements/test-fixtures/truncated.ics';
const GARBAGE = '/packages/elements/test-fixtures/garbage.ics';

const EVENTS: ExchangeEvent[] = [
  makeEvent({ id: 'ev-forum', kind: 'forum', title: { en: 'Pujiang Innovation Forum', 'zh-Hans': '浦江创新论坛' },
    start: '2026-11-16', end: '2026-11-18', allDay: true, tags: ['innovation'] }),
  makeEvent({ id: 'ev-expo', kind: 'expo', region: 'hong-kong', title: { en: 'InnoEX showcase', 'zh-Hant-HK': '創新科技博覽' },
    start: '2026-11-27T14:00:00+08:00', end: '2026-11-27T16:30:00+08:00', timeZone: 'Asia/Hong_Kong', audience: ['founders'],
    organizers: [{ id: 'org-hkstp', name: { en: 'HKSTP', 'zh-Hant-HK': '香港科技園' } }], tags: ['hardware'] }),
  makeEvent({ id: 'ev-lecture', kind: 'lecture', title: { en: 'AI lecture', 'zh-Hans': '人工智能讲座' }, start: '2026-11-27T09:00:00+08:00',
    end: '2026-11-27T10:30:00+08:00', audience: ['researchers'] }),
  makeEvent({ id: 'ev-training', kind: 'training', title: { en: 'Founder training' }, start: '2026-11-30T09:00:00+08:00',
    end: '2026-11-30T12:00:00+08:00', status: 'postponed' }),
  makeEvent({ id: 'ev-dec', kind: 'roadshow', title: { en: 'December roadshow' }, start: '2026-12-08T15:00:00+08:00', end: '2026-12-08T17:00:00+08:00' }),
];

type Cal = HkEventCalendar;
const $ = <T extends Element = HTMLElement>(el: Cal, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Cal, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const keys = (el: Cal) => [...new Set($$(el, '[data-key]').map((n) => n.dataset.key!))];
const notes = (el: Cal) => $$(el, '[part="note"]').map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const status = (el: Cal) => $(el, '.visually-hidden[role="status"]')!.textContent;

async function settle(el: Cal): Promise<Cal> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

async function loaded(el: Cal): Promise<Cal> {
  await waitUntil(() => $(el, '[part="body"]')?.getAttribute('aria-busy') === 'false', 'calendar loaded', { timeout: 8000 });
  return settle(el);
}

async function calendar(
  attrs: { view?: string; date?: string; locale?: string; width?: number; zone?: string; theme?: string } = {},
  events: readonly unknown[] = EVENTS,
): Promise<Cal> {
  const el = await fixture<Cal>(html`<hk-event-calendar time-zone=${attrs.zone ?? 'Asia/Shanghai'} locale=${attrs.locale ?? 'en'}
    view=${attrs.view ?? 'month'} date=${attrs.date ?? '2026-11-27'} theme=${attrs.theme ?? 'auto'} style="width:${attrs.width ?? 1100}px"
    .now=${NOW} .events=${events}></hk-event-calendar>`);
  return settle(el);
}

async function api<T>(path: string): Promise<T[]> {
  const res = await fetch(path);
  expect(res.ok, `GET ${path}`).to.equal(true);
  return ((await res.json()) as Page<T>).items;
}

async function openEvent(el: Cal, key: string): Promise<HTMLDialogElement> {
  $(el, `[data-key="${key}"]`)!.click();
  await settle(el);
  const dialog = $<HTMLDialogElement>(el, 'dialog')!;
  expect(dialog.open, 'dialog open').to.equal(true);
  return dialog;
}

/** Opens an event's details: the dialog, or in the agenda its disclosure. Returns what holds them. */
async function openDetails(el: Cal, key: string): Promise<HTMLElement> {
  const button = $(el, `[data-key="${key}"]`)!;
  if (!button.hasAttribute('aria-expanded')) return openEvent(el, key);
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await settle(el);
  expect(button.getAttribute('aria-expanded'), 'disclosure open').to.equal('true');
  return $(el, `#${button.getAttribute('aria-controls')}`)!;
}
const closeDetails = (details: HTMLElement): void => {
  if (details instanceof HTMLDialogElement) details.close();
};

describe('<hk-event-calendar> behaviour', () => {
  describe('time zones', () => {
    it('should show times in an IANA zone, labelled with it', async () => {
      const el = await calendar({ zone: 'America/New_York' });
      // 09:00 in Shanghai on 27 Nov is 20:00 on 26 Nov in New York.
      expect($(el, 'td[data-day="2026-11-26"] .ev[data-key="ev-lecture"]')!.textContent).to.include('8:00');
      expect($(el, 'td[data-day="2026-11-27"] .ev[data-key="ev-lecture"]')).to.equal(null);
      const zone = $(el, '[part="zone"]')!.textContent!;
      expect(zone).not.to.include('UTC+8');
      expect(zone).to.match(/UTC−5|UTC-5|Eastern|New York/);
      expect(notes(el)).to.deep.equal([]);
    });

    it('should use the visitor’s zone for time-zone="local" and switch back and forth', async () => {
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="local" locale="en" date="2026-11-27" style="width:1100px"
        .now=${NOW} .visitorTimeZone=${'Europe/London'} .events=${EVENTS}></hk-event-calendar>`);
      await settle(el);
      // 09:00 Shanghai = 01:00 London.
      expect($(el, 'td[data-day="2026-11-27"] .ev[data-key="ev-lecture"]')!.textContent).to.match(/^1:00/);
      const toggle = () => $<HTMLButtonElement>(el, '[part="zone-button"]')!;
      expect(toggle().textContent).to.equal('Show in Shanghai/HK time');
      toggle().click();
      await settle(el);
      expect(el.timeZone).to.equal(undefined);
      expect($(el, '[part="zone"]')!.textContent).to.include('UTC+8 (Shanghai/HK)');
      expect($(el, 'td[data-day="2026-11-27"] .ev[data-key="ev-lecture"]')!.textContent).to.match(/^9:00/);
      expect(toggle().textContent).to.equal('Show in my time zone');
      toggle().click();
      await settle(el);
      expect(el.timeZone).to.equal('local');
      expect($(el, 'td[data-day="2026-11-27"] .ev[data-key="ev-lecture"]')!.textContent).to.match(/^1:00/);
      // In the visitor's zone the details name the event's own zone as the second time.
      const dialog = await openEvent(el, 'ev-lecture');
      const when = dialog.textContent!.replace(/\s+/g, ' ');
      expect(when).to.include('Local time at the event: ').and.include('9:00').and.include('UTC+8 (Shanghai/HK)');
      expect(when).not.to.include('Your time').and.not.to.include('((');
    });

    it('should offer no zone switch when time-zone="local" is already on the page’s zone clock', async () => {
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="local" locale="en" date="2026-11-27" style="width:1100px"
        .now=${NOW} .visitorTimeZone=${'Asia/Hong_Kong'} .events=${EVENTS}></hk-event-calendar>`);
      await settle(el);
      expect($(el, '[part="zone"]')!.textContent).to.include('UTC+8 (Shanghai/HK)');
      expect($(el, '[part="zone-button"]')).to.equal(null);
    });

    it('should switch back to the zone the page set, and label the offsets of the period shown', async () => {
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Europe/London" locale="en" date="2026-07-15" style="width:1100px"
        .now=${NOW} .visitorTimeZone=${'America/New_York'} .events=${EVENTS}></hk-event-calendar>`);
      await settle(el);
      const zone = () => $(el, '[part="zone"]')!.textContent!.replace(/\s+/g, ' ');
      const toggle = () => $<HTMLButtonElement>(el, '[part="zone-button"]')!;
      // July is summer time in London, whatever today's offset (NOW is in November).
      expect(zone()).to.include('(UTC+1)');
      toggle().click();
      await settle(el);
      expect(zone()).to.include('(UTC−4)');
      expect(toggle().textContent).to.match(/^Show in .*\(UTC\+1\)$/);
      toggle().click();
      await settle(el);
      expect(el.timeZone).to.equal('Europe/London');
      expect(zone()).to.include('(UTC+1)');
      // A week across the clock change shows both offsets.
      el.timeZone = 'America/New_York';
      el.view = 'week';
      el.date = '2026-03-09';
      await settle(el);
      expect(zone()).to.include('(UTC−5 / UTC−4)');
    });

    it('should fall back to UTC+8 with a visible, calm note for an unknown zone, in every view', async () => {
      for (const view of ['month', 'week', 'list', 'upcoming']) {
        const el = await calendar({ zone: 'Mars/Olympus_Mons', view });
        const note = $(el, '[part="note"]')!;
        expect(note.textContent, view).to.equal('“Mars/Olympus_Mons” isn’t a time zone this browser knows, so times are shown in UTC+8 (Shanghai/HK).');
        expect(note.classList.contains('note--warn')).to.equal(false);
        expect(note.closest('[role="alert"]')).to.equal(null);
        expect($(el, '[part="error"]')).to.equal(null);
        expect(keys(el)).to.include('ev-expo');
        await expect(el).to.be.accessible();
      }
      const zh = await calendar({ zone: 'Nowhere/Special', locale: 'zh-Hant-HK' });
      expect(notes(zh)[0]).to.equal('瀏覽器無法識別時區「Nowhere/Special」，因此時間按香港時間顯示。');
      // A bad zone given as the visitor's own is ignored rather than blanking the element.
      zh.visitorTimeZone = 'Not/AZone';
      await settle(zh);
      expect($$(zh, 'td[data-day]')).to.have.length(42);
    });

    it('should keep all-day events on their date in any zone', async () => {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Europe/London', 'Asia/Shanghai']) {
        const el = await calendar({ zone });
        const bar = $(el, '.ev[data-key="ev-forum"]')!;
        expect(bar.closest('td')!.dataset.day, zone).to.equal('2026-11-16');
        expect(bar.classList.contains('s3'), `${zone}: spans three days`).to.equal(true);
        el.view = 'list';
        await settle(el);
        await wholeMonth(el); // in the current month the agenda starts today
        const item = $(el, '.agenda button[data-key="ev-forum"]')!.closest('section')!;
        expect(item.querySelector('h3')!.textContent, zone).to.include('Monday, 16 November 2026');
        el.visitorTimeZone = 'Pacific/Honolulu';
        await settle(el);
        const details = await openDetails(el, 'ev-forum');
        const when = details.querySelector('dd')!.textContent!.replace(/\s+/g, ' ');
        expect(when, zone).to.match(/16.+18 Nov(ember)? 2026 · All day/);
        expect(when).not.to.include('Your time');
        closeDetails(details);
      }
    });
  });

  describe('holidays (real API)', () => {
    it('should label mainland and Hong Kong holidays and 调休 make-up days; no-holidays and holiday-regions toggle them', async () => {
      const all = await api<Holiday>('/v1/holidays?from=2026-01-01&to=2027-12-31&limit=500');
      const makeup = all.find((h) => h.kind === 'makeup-workday')!;
      expect(makeup, 'the dataset has a make-up working day').to.exist;
      const mainlandDays = new Set(all.filter((h) => h.region === 'mainland').map((h) => h.date));
      const hkOnly = all.find((h) => h.region === 'hong-kong' && h.kind !== 'makeup-workday' && !mainlandDays.has(h.date))!;
      expect(hkOnly, 'the dataset has a Hong Kong-only holiday').to.exist;

      const el = await fixture<Cal>(html`<hk-event-calendar api-base="/v1" time-zone="Asia/Shanghai" locale="zh-Hans"
        date=${makeup.date} .now=${NOW} style="width:1100px"></hk-event-calendar>`);
      await waitUntil(() => $(el, '.day.is-makeup'), 'make-up day shown', { timeout: 8000 });
      await loaded(el);
      const cell = $(el, `td[data-day="${makeup.date}"]`)!;
      expect(cell.classList.contains('is-makeup')).to.equal(true);
      expect(cell.querySelector('.day__btn')!.getAttribute('aria-label')).to.include('内地调休上班日');
      expect(cell.querySelector('[part="holiday"]')!.textContent).to.include('内地调休上班日');
      // A date announced but not yet gazetted says so, without a stray space before the Chinese comma.
      const announced = all.find((h) => h.status === 'announced' && h.kind === 'holiday');
      if (announced) {
        el.date = announced.date;
        await waitUntil(() => $(el, `td[data-day="${announced.date}"].is-holiday`), 'announced holiday shown', { timeout: 8000 });
        expect($(el, `td[data-day="${announced.date}"] .day__btn`)!.getAttribute('aria-label')).to.include(`${announced.name['zh-Hans']}（香港），待核实`);
      }

      el.locale = 'en';
      el.date = hkOnly.date;
      await waitUntil(() => $(el, `td[data-day="${hkOnly.date}"].is-holiday`), 'Hong Kong holiday shown', { timeout: 8000 });
      const label = () => $(el, `td[data-day="${hkOnly.date}"] .day__btn`)!.getAttribute('aria-label')!;
      expect(label()).to.include(`${hkOnly.name.en} (Hong Kong)`);

      el.setAttribute('holiday-regions', 'mainland');
      await settle(el);
      expect(label()).not.to.include(hkOnly.name.en!);
      el.removeAttribute('holiday-regions');
      el.setAttribute('no-holidays', '');
      await settle(el);
      expect($(el, '.day.is-holiday, .day.is-makeup, [part="holiday"]')).to.equal(null);
      expect(label()).not.to.include(hkOnly.name.en!);
      el.removeAttribute('no-holidays');
      await waitUntil(() => $(el, `td[data-day="${hkOnly.date}"].is-holiday`), 'holidays back', { timeout: 8000 });
    });
  });

  describe('filters', () => {
    const presets: [string, Record<string, string>, string[]][] = [
      ['regions', { regions: 'hong-kong' }, ['ev-expo']],
      ['audiences', { audiences: 'researchers' }, ['ev-lecture']],
      ['organizers', { organizers: 'org-hkstp' }, ['ev-expo']],
      ['tags', { tags: 'innovation' }, ['ev-forum']],
      ['kinds + q', { kinds: 'lecture expo', q: 'InnoEX' }, ['ev-expo']],
    ];
    for (const [name, attrs, expected] of presets) {
      it(`should preset filters from attributes without firing hk-filter-change: ${name}`, async () => {
        let fired = 0;
        const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale="en" date="2026-11-27" style="width:1100px"
          kinds=${attrs.kinds ?? ''} regions=${attrs.regions ?? ''} audiences=${attrs.audiences ?? ''} organizers=${attrs.organizers ?? ''}
          tags=${attrs.tags ?? ''} q=${attrs.q ?? ''} @hk-filter-change=${() => fired++} .now=${NOW} .events=${EVENTS}></hk-event-calendar>`);
        await waitUntil(() => $(el, '[part="body"]')?.getAttribute('aria-busy') === 'false', 'search ready');
        await settle(el);
        expect(keys(el)).to.deep.equal(expected);
        expect(fired).to.equal(0);
        const chipCount = Object.entries(attrs).filter(([k]) => k !== 'q').reduce((n, [, v]) => n + v.split(' ').length, 0);
        expect($(el, '[part="filters-button"]')!.textContent).to.include(`Filters (${chipCount})`);
      });
    }

    it('should show presets as pressed chips; chips and "Clear all" change them, each firing hk-filter-change', async () => {
      const seen: HkFilterChangeEvent[] = [];
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale="en" date="2026-11-27" style="width:1100px"
        regions="hong-kong" @hk-filter-change=${(e: HkFilterChangeEvent) => seen.push(e)} .now=${NOW} .events=${EVENTS}></hk-event-calendar>`);
      await settle(el);
      $<HTMLButtonElement>(el, '[part="filters-button"]')!.click();
      await settle(el);
      expect($(el, '[part="filters-button"]')!.getAttribute('aria-expanded')).to.equal('true');
      const chip = (f: string, v: string) => $<HTMLButtonElement>(el, `[part="chip"][data-f="${f}"][data-v="${v}"]`)!;
      expect(chip('regions', 'hong-kong').getAttribute('aria-pressed')).to.equal('true');
      // Chips count November (the grid's 8 December roadshow is not this month's), within the region chosen.
      expect(chip('kinds', 'roadshow')).to.equal(null);
      expect(chip('kinds', 'expo').querySelector('.chip__n')!.textContent).to.equal('1');
      expect(chip('kinds', 'lecture').querySelector('.chip__n')!.textContent).to.equal('0'); // a Shanghai lecture
      expect(chip('regions', 'shanghai').querySelector('.chip__n')!.textContent).to.equal('3');
      chip('regions', 'shanghai').click();
      await settle(el);
      expect(seen).to.have.length(1);
      expect(seen[0]).to.be.instanceOf(HkFilterChangeEvent);
      expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
      expect([...seen[0]!.detail.filters.regions].sort()).to.deep.equal(['hong-kong', 'shanghai']);
      expect(Object.isFrozen(seen[0]!.detail.filters)).to.equal(true);
      expect(keys(el)).to.include.members(['ev-expo', 'ev-lecture', 'ev-forum']);
      const clear = $<HTMLButtonElement>(el, '[part="clear-button"]')!;
      clear.focus();
      clear.click();
      await settle(el);
      // The button went with the filters it cleared: focus moves to the filters button, not to <body>.
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="filters-button"]'));
      expect(seen).to.have.length(2);
      expect(seen[1]!.detail.filters.regions).to.deep.equal([]);
      // Esc in the panel closes it, back to its button.
      chip('kinds', 'expo').focus();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect($(el, '[part="filter-panel"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="filters-button"]'));
      expect(status(el)).to.equal('November 2026: 4 events');
    });
  });

  describe('sync-url', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('should push view, filter and date changes; back and forward restore them (and the page’s own view)', async () => {
      let viewChanges = 0;
      let filterChanges = 0;
      const dateChanges: HkDateChangeEvent['detail'][] = [];
      const el = await fixture<Cal>(html`<hk-event-calendar sync-url time-zone="Asia/Shanghai" locale="en" view="month" date="2026-11-27"
        style="width:1100px" @hk-view-change=${() => viewChanges++} @hk-filter-change=${() => filterChanges++}
        @hk-date-change=${(e: HkDateChangeEvent) => dateChanges.push(e.detail)}
        .now=${NOW} .events=${EVENTS}></hk-event-calendar>`);
      await settle(el);
      const params = () => new URL(location.href).searchParams;
      const historyLength = history.length;

      $$<HTMLButtonElement>(el, '[part="view-button"]')[1]!.click(); // Week
      await settle(el);
      expect(params().get('hk-view')).to.equal('week');
      $<HTMLButtonElement>(el, '[part="filters-button"]')!.click();
      await settle(el);
      $<HTMLButtonElement>(el, '[part="chip"][data-f="kinds"][data-v="expo"]')!.click();
      await settle(el);
      expect(params().get('hk-kind')).to.equal('expo');
      $$<HTMLButtonElement>(el, '[part="nav-button"]')[1]!.click(); // next week
      await settle(el);
      expect(params().get('hk-date')).to.equal('2026-12-04');
      expect(history.length).to.equal(historyLength + 3);
      expect(keys(el)).to.deep.equal([]);

      history.back(); // → week of 22 November, expo only
      await waitUntil(() => el.date === '2026-11-27', 'date restored');
      await settle(el);
      expect(keys(el)).to.deep.equal(['ev-expo']);
      expect($(el, '[part="search"]')).to.exist;
      expect(status(el)).to.include('1 event');

      history.back(); // → week, no filter
      await waitUntil(() => keys(el).includes('ev-lecture'), 'filter removed');
      expect(el.view).to.equal('week');
      expect($(el, '[part="filters-button"]')!.textContent).to.equal('Filters');

      history.back(); // → the page as loaded: month view from the attribute
      await waitUntil(() => el.view === 'month', 'view restored');
      await settle(el);
      expect($(el, 'table[role="grid"]')).to.exist;
      expect(el.getAttribute('view')).to.equal('month');

      history.forward();
      await waitUntil(() => el.view === 'week', 'forward to week');
      history.forward();
      await waitUntil(() => keys(el).join() === 'ev-expo', 'forward to the filter');
      // Back and forward are the visitor's navigation: each change fires its event, as the buttons do
      // (views: week, then back to month and forward to week; filters: expo, then off, then on again).
      expect(viewChanges).to.equal(3);
      expect(filterChanges).to.equal(3);
      expect(dateChanges.at(-1)).to.deep.include({ view: 'week', from: '2026-11-22', to: '2026-11-29' });
    });

    it('should start syncing when sync-url is switched on after connect, and stop when switched off', async () => {
      const url = new URL(original);
      url.searchParams.set('hk-view', 'week');
      url.searchParams.set('hk-date', '2026-12-10');
      history.replaceState(null, '', url);
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale="en" view="month" date="2026-11-27"
        style="width:1100px" .now=${NOW} .events=${EVENTS}></hk-event-calendar>`);
      await settle(el);
      expect(el.view).to.equal('month'); // not syncing yet: the URL is not read

      el.syncUrl = true;
      await settle(el);
      expect(el.view).to.equal('week');
      expect(el.date).to.equal('2026-12-10');
      $$<HTMLButtonElement>(el, '[part="nav-button"]')[1]!.click(); // next week
      await settle(el);
      expect(new URL(location.href).searchParams.get('hk-date')).to.equal('2026-12-17');

      el.syncUrl = false;
      await settle(el);
      $$<HTMLButtonElement>(el, '[part="nav-button"]')[1]!.click();
      await settle(el);
      expect(el.date).to.equal('2026-12-24');
      expect(new URL(location.href).searchParams.get('hk-date')).to.equal('2026-12-17');
    });
  });

  describe('subscribe and download', () => {
    const keepDownload = (el: Cal) => el.addEventListener('click', (e) => e.preventDefault()); // no real download in the test

    it('should download the visible month’s events as .ics (and the visible week’s in week view)', async () => {
      const el = await calendar();
      keepDownload(el);
      const link = $<HTMLAnchorElement>(el, '[part="download"]')!;
      expect(link.textContent).to.equal('Download .ics for November 2026');
      link.click();
      await settle(el);
      expect(link.href).to.match(/^data:text\/calendar/);
      expect(link.getAttribute('download')).to.equal('events-2026-11.ics');
      const ics = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
      const uids = [...ics.matchAll(/^UID:([^@\r\n]+)@/gm)].map((m) => m[1]).sort();
      expect(uids).to.deep.equal(['ev-expo', 'ev-forum', 'ev-lecture', 'ev-training']);
      expect(ics).to.match(/^BEGIN:VCALENDAR/);

      el.view = 'week';
      await settle(el);
      const week = $<HTMLAnchorElement>(el, '[part="download"]')!;
      week.click();
      await settle(el);
      const weekIcs = decodeURIComponent(week.href.slice(week.href.indexOf(',') + 1));
      expect([...weekIcs.matchAll(/^UID:([^@\r\n]+)@/gm)].map((m) => m[1]).sort()).to.deep.equal(['ev-expo', 'ev-lecture']);
    });

    it('should hide Subscribe when there is no server feed (events only, ICS only)', async () => {
      const el = await calendar();
      expect($(el, '[part="subscribe-button"]')).to.equal(null);
      expect($(el, '[part="download"]')).to.exist;
      const ics = await loaded(await fixture<Cal>(html`<hk-event-calendar ics-src=${FEED} time-zone="Asia/Shanghai" locale="en"
        date="2026-03" .now=${NOW}></hk-event-calendar>`));
      expect($(ics, '[part="subscribe-button"]')).to.equal(null);
    });

    it('should offer webcal and https feeds of the current filters through the provider, with Copy and a status message', async () => {
      const wrapper = await fixture<HTMLElement>(html`<hk-exchange-provider api-base="/v1" locale="en"><hk-event-calendar
        time-zone="Asia/Shanghai" date="2026-11-27" .now=${NOW} style="width:1100px"></hk-event-calendar></hk-exchange-provider>`);
      const el = await loaded(wrapper.querySelector<Cal>('hk-event-calendar')!);
      $<HTMLButtonElement>(el, '[part="subscribe-button"]')!.click();
      await settle(el);
      const hrefs = () => $$<HTMLAnchorElement>(el, '[part="subscribe"] a').map((a) => a.href);
      expect(hrefs()[0]).to.match(/^webcal:\/\/[^/]+\/v1\/events\.ics(\?lang=en)?$/);
      expect(hrefs()[1]).to.match(/^https?:\/\/[^/]+\/v1\/events\.ics(\?lang=en)?$/);
      expect($(el, '[part="subscribe"]')!.textContent).to.include('Includes: all events');
      // A chip changes the feed.
      $<HTMLButtonElement>(el, '[part="filters-button"]')!.click();
      await settle(el);
      const chip = $<HTMLButtonElement>(el, '[part="chip"][data-f="regions"][data-v="hong-kong"]')!;
      chip.click();
      await loaded(el);
      expect(hrefs()[1]).to.match(/\/v1\/events\.ics\?region=hong-kong(&lang=en)?$/);
      expect($(el, '[part="subscribe"]')!.textContent).to.include('Hong Kong');
      const feed = await fetch(hrefs()[1]!);
      expect(feed.headers.get('content-type')).to.match(/^text\/calendar/);
      let copied = '';
      const original = navigator.clipboard.writeText;
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => { copied = t; } });
      try {
        $<HTMLButtonElement>(el, '[part="subscribe"] [part="copy-button"]')!.click();
        await waitUntil(() => status(el) === 'Link copied', 'copy announced');
        expect(copied).to.equal(hrefs()[0]);
      } finally {
        Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: original });
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('sources', () => {
    it('should load the API through <hk-exchange-provider>', async () => {
      const expected = (await api<ExchangeEvent>(`/v1/events?from=${encodeURIComponent('2026-11-01T00:00:00+08:00')}&to=${encodeURIComponent('2026-12-01T00:00:00+08:00')}&limit=500`))
        .filter((e) => !e.rrule);
      expect(expected.length).to.be.greaterThan(3);
      const wrapper = await fixture<HTMLElement>(html`<hk-exchange-provider api-base="/v1" locale="en"><hk-event-calendar
        time-zone="Asia/Shanghai" view="list" date="2026-11" .now=${NOW}></hk-event-calendar></hk-exchange-provider>`);
      const el = await loaded(wrapper.querySelector<Cal>('hk-event-calendar')!);
      await wholeMonth(el); // in the current month the agenda starts today
      const shown = new Set(keys(el).map((k) => k.split('@')[0]));
      for (const e of expected) expect(shown.has(e.id), `${e.id} shown`).to.equal(true);
    });

    it('should merge several ICS feeds with the events property', async () => {
      const own = makeEvent({ id: 'own-open-day', title: { en: 'Open day on campus' }, start: '2026-03-21T10:00:00+08:00', end: '2026-03-21T12:00:00+08:00' });
      const el = await loaded(await fixture<Cal>(html`<hk-event-calendar ics-src="${FEED} ${FEED_2}" time-zone="Asia/Hong_Kong" locale="en"
        view="list" date="2026-03" .now=${NOW} .events=${[own]}></hk-event-calendar>`));
      const titles = $$(el, '.item__title').map((b) => b.textContent);
      expect(titles).to.include('Weekly innovation seminar'); // feed 1 (Europe/London VTIMEZONE)
      expect(titles).to.include('Polytechnic demo day'); // feed 2 (TZID through Intl)
      expect(titles.filter((t) => t === 'Research ethics clinic')).to.have.length(3); // feed 2's RRULE
      expect(titles).to.include('Open day on campus');
      const demo = $$(el, '.item').find((li) => li.textContent!.includes('Polytechnic demo day'))!;
      expect(demo.querySelector('.item__time')!.textContent).to.match(/^3:00/);
      expect($(el, '[part="error"]')).to.equal(null);
    });

    it('should keep the feed and the page’s events when the API fails, naming only the API', async () => {
      const client = createClient({ baseUrl: 'https://api.test/v1', retry: 0, fetch: async () => { throw new TypeError('Failed to fetch'); } });
      const own = makeEvent({ id: 'own-open-day', title: { en: 'Open day on campus' }, start: '2026-03-21T10:00:00+08:00', end: '2026-03-21T12:00:00+08:00' });
      const wrapper = await fixture<HTMLElement>(html`<hk-exchange-provider locale="en" .client=${client}><hk-event-calendar ics-src=${FEED_2}
        time-zone="Asia/Shanghai" view="list" date="2026-03" .now=${NOW} .events=${[own]}></hk-event-calendar></hk-exchange-provider>`);
      const el = wrapper.querySelector<Cal>('hk-event-calendar')!;
      await waitUntil(() => notes(el).length > 0, 'failure note', { timeout: 8000 });
      await loaded(el);
      expect(notes(el)).to.have.length(1);
      expect(notes(el)[0]).to.include('The exchange event service couldn\'t be loaded').and.include('Try again');
      expect($(el, '[part="error"]')).to.equal(null);
      const titles = $$(el, '.item__title').map((b) => b.textContent);
      expect(titles).to.include('Polytechnic demo day').and.include('Open day on campus');
      await expect(el).to.be.accessible();
    });

    it('should show the error state (not a blank element) when the only source is a feed that 404s or is garbage', async () => {
      for (const src of ['/no/such/feed.ics', GARBAGE, TRUNCATED]) {
        const el = await fixture<Cal>(html`<hk-event-calendar ics-src=${src} time-zone="Asia/Shanghai" locale="en" date="2026-03"
          .now=${NOW}></hk-event-calendar>`);
        await waitUntil(() => $(el, '[part="error"]'), `${src}: error state`, { timeout: 8000 });
        expect($(el, '[part="error"]')!.textContent).to.include('Try again');
        expect($(el, '[part="toolbar"]')).to.exist;
      }
    });
  });

  describe('bad input', () => {
    it('should render HTML in every text field as text and never render unsafe links as links', async () => {
      const evil = '<img src=x onerror="window.__pwned2=1"><script>window.__pwned2=1</script>';
      const el = await calendar({}, [
        { ...makeEvent({ id: 'ev-evil', title: { en: `${evil}Title` }, summary: { en: `${evil}Summary` },
          venue: { name: { en: `${evil}Venue` }, address: { en: `${evil}Address` } },
          organizers: [{ id: 'org-x', name: { en: `${evil}Organiser` } }], tags: ['<b>tag</b>'],
          start: '2026-11-12T09:00:00+08:00', end: '2026-11-12T10:00:00+08:00' }),
        url: 'javascript:alert(1)', onlineUrl: 'JaVaScRiPt:alert(2)', registration: { url: ' javascript:alert(3)', deadline: '2026-12-01' } },
      ]);
      $<HTMLButtonElement>(el, '[part="filters-button"]')!.click();
      await settle(el);
      const dialog = await openEvent(el, 'ev-evil');
      const text = dialog.textContent!;
      for (const field of ['Title', 'Summary', 'Venue', 'Address', 'Organiser']) expect(text).to.include(`${evil}${field}`);
      expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
      expect((window as unknown as { __pwned2?: number }).__pwned2).to.equal(undefined);
      const hrefs = $$<HTMLAnchorElement>(el, 'a[href]').map((a) => a.getAttribute('href')!);
      expect(hrefs.every((h) => /^(https?:|data:text\/calendar|#$)/.test(h)), hrefs.join('\n')).to.equal(true);
      expect(text).not.to.include('Register');
    });

    it('should reflow at 200% zoom and at 200% text size: no horizontal scrolling, no overlapping controls (WCAG 1.4.4, 1.4.10)', async () => {
      // 200% browser zoom of a 1280 px window is a 640 px wide page; 200% text size keeps the width and doubles the font.
      const cases = [{ width: 640, font: '' }, { width: 1100, font: '200%' }];
      for (const { width, font } of cases) {
        for (const locale of ['en', 'zh-Hant-HK']) {
          for (const view of ['month', 'week', 'list']) {
            const el = await calendar({ view, width, locale });
            el.style.fontSize = font;
            await settle(el);
            await nextFrame();
            const label = `${view} ${locale} ${width}px ${font || '100%'}`;
            const base = $(el, '[part="base"]')!;
            expect(base.scrollWidth, label).to.be.at.most(base.clientWidth + 1);
            expect(el.getBoundingClientRect().width, label).to.equal(width);
            const controls = $$(el, '[part="toolbar"] button, [part="toolbar"] select, [part="toolbar"] h2, [part="filters"] > * > *')
              .map((c) => ({ c, r: c.getBoundingClientRect() }))
              .filter(({ r }) => r.width > 0);
            for (let i = 0; i < controls.length; i++) {
              const a = controls[i]!;
              expect(a.r.right, `${label}: ${a.c.getAttribute('part')} inside`).to.be.at.most(el.getBoundingClientRect().right + 1);
              for (let j = i + 1; j < controls.length; j++) {
                const b = controls[j]!;
                if (a.c.contains(b.c) || b.c.contains(a.c)) continue;
                const overlap = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 1 && Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 1;
                expect(overlap, `${label}: ${a.c.getAttribute('part') ?? a.c.tagName} overlaps ${b.c.getAttribute('part') ?? b.c.tagName}`).to.equal(false);
              }
            }
          }
        }
      }
    });

    it('should wrap a 10,000-character title without widening the calendar, in every view and the dialog', async () => {
      const title = 'W'.repeat(10_000);
      const events = [makeEvent({ id: 'ev-long', title: { en: title }, start: '2026-11-27T14:00:00+08:00', end: '2026-11-27T15:00:00+08:00' })];
      for (const view of ['month', 'week', 'list', 'upcoming']) {
        const el = await calendar({ view, width: 700 }, events);
        const base = $(el, '[part="base"]')!;
        expect(base.scrollWidth, view).to.be.at.most(base.clientWidth + 1);
        expect(el.getBoundingClientRect().width).to.equal(700);
        const details = await openDetails(el, 'ev-long');
        if (details instanceof HTMLDialogElement) expect($(el, '#dlg-title')!.textContent).to.have.length(10_000);
        expect(details.getBoundingClientRect().width).to.be.at.most(window.innerWidth);
        expect(details.scrollWidth, `${view} details`).to.be.at.most(details.clientWidth + 1);
        expect(base.scrollWidth, `${view} with details open`).to.be.at.most(base.clientWidth + 1);
        closeDetails(details);
      }
    });
  });

  describe('themes and axe', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('should mark other months’ days in forced colours, where their grey background is gone', async () => {
      // The runner's puppeteer cannot emulate forced colours: read the rule the calendar adopts instead.
      const el = await calendar({});
      const media = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
      const rule = media.flatMap((m) => [...m.cssRules]).find((r) => r instanceof CSSStyleRule && r.selectorText === '.is-out .day__btn') as CSSStyleRule | undefined;
      expect(rule, 'a forced-colours rule for other months’ days').to.exist;
      expect([rule!.style.color, rule!.style.borderStyle]).to.deep.equal(['graytext', 'dashed']);
      expect($(el, 'td.is-out .day__btn')).to.exist;
    });

    it('should pass axe in dark theme: populated views, the dialog and 320 px', async () => {
      for (const view of ['month', 'week', 'list', 'upcoming']) {
        const el = await calendar({ view, theme: 'dark' });
        expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).to.equal('rgb(22, 24, 28)');
        await expect(el).to.be.accessible();
        await openDetails(el, 'ev-expo');
        await expect(el).to.be.accessible();
      }
      const narrow = await calendar({ theme: 'dark', width: 320 });
      expect($(narrow, '.agenda')).to.exist;
      await expect(narrow).to.be.accessible();
    });

    it('should pass axe with the details open in each view (light)', async () => {
      for (const view of ['week', 'list', 'upcoming']) {
        const el = await calendar({ view, date: '2026-11-30' });
        const details = await openDetails(el, 'ev-training');
        expect(details.querySelector('[part="status-badge"]')!.textContent).to.include('Postponed');
        await expect(el).to.be.accessible();
      }
    });

    it('should follow the OS with theme="system" and the page with theme="auto"', async () => {
      const el = await calendar({ theme: 'system' });
      const bg = () => getComputedStyle($(el, '[part="base"]')!).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      expect(bg()).to.equal('rgb(22, 24, 28)');
      await emulateMedia({ colorScheme: 'light' });
      expect(bg()).to.equal('rgb(255, 255, 255)');
      el.setAttribute('theme', 'auto');
      await emulateMedia({ colorScheme: 'dark' });
      // auto: a light page stays light on a dark OS.
      expect(bg()).to.equal('rgb(255, 255, 255)');
      el.style.colorScheme = 'dark';
      expect(bg()).to.equal('rgb(22, 24, 28)');
    });

    it('should fall back to the agenda at 320 px and keep the month at 320 px with no-agenda-fallback', async () => {
      const el = await calendar({ width: 320 });
      expect($(el, '[part="base"]')!.dataset.view).to.equal('list');
      expect($(el, '[part="agenda"]')).to.exist;
      expect($(el, '[part="base"]')!.scrollWidth).to.be.at.most(321);
      el.noAgendaFallback = true;
      await settle(el);
      expect($(el, 'table[role="grid"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('strings in three locales', () => {
    // UI chrome only (event text keeps its own language): no leftover English in the Chinese UIs.
    const LATIN_OK = /^(Outlook|Google|ics|UTC|iPhone|Apple|webcal|https|HKSTP|InnoEX|showcase|Pujiang|Innovation|Forum|Founder|training|lecture|December|roadshow|AI)$/;
    for (const locale of ['zh-Hans', 'zh-Hant-HK']) {
      it(`should render the toolbar, filters, grid names, footer and dialog in ${locale}`, async () => {
        const el = await calendar({ locale });
        $<HTMLButtonElement>(el, '[part="filters-button"]')!.click();
        await settle(el);
        const chrome = [
          ...$$(el, '[part="toolbar"] button, [part="toolbar"] option, [part="filters-button"], [part="search"], legend, [part="zone"], [part="footer"]')
            .map((n) => `${n.textContent} ${n.getAttribute('aria-label') ?? ''} ${n.getAttribute('placeholder') ?? ''}`),
          ...$$(el, '.day__btn, th').map((n) => `${n.getAttribute('aria-label') ?? ''} ${n.getAttribute('abbr') ?? ''}`),
        ];
        await openEvent(el, 'ev-training');
        chrome.push(...$$(el, 'dialog dt, dialog h3, dialog [part="status-badge"], dialog .dlg__kind, dialog [part="add-to-calendar"] a, dialog [part="copy-button"]')
          .map((n) => n.textContent!), $(el, '[part="close-button"]')!.getAttribute('aria-label')!);
        const words = chrome.join(' ').match(/[A-Za-z]{3,}/g) ?? [];
        expect(words.filter((w) => !LATIN_OK.test(w)), 'English words in the UI').to.deep.equal([]);
        expect(chrome.join(' ')).to.match(/[\u4e00-\u9fff]/);
      });
    }
  });

  describe('typed events', () => {
    it('should fire hk-date-change from Today and the month jump, with the loaded range', async () => {
      const el = await calendar({ date: '2026-08-15' });
      setTimeout(() => $<HTMLButtonElement>(el, '[part="today-button"]')!.click());
      const today = await oneEvent(el, 'hk-date-change');
      expect(today).to.be.instanceOf(HkDateChangeEvent);
      expect(today.detail).to.deep.equal({ date: '2026-11-27', view: 'month', from: '2026-11-01', to: '2026-12-13' });
      const jump = $<HTMLSelectElement>(el, '[part="jump"]')!;
      await settle(el);
      jump.value = '2027-02';
      setTimeout(() => jump.dispatchEvent(new Event('change')));
      const jumped = await oneEvent(el, 'hk-date-change');
      expect(jumped.detail.date).to.equal('2027-02-01');
      await settle(el);
      expect($(el, '.title')!.textContent).to.equal('February 2027');
      expect(status(el)).to.equal('February 2027: 0 events');
      // One live region says the new month; a live title as well would make a screen reader say it twice.
      const live = [...el.shadowRoot!.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].filter((n) => n.textContent!.includes('February 2027'));
      expect(live).to.have.length(1);
    });

    it('should fire hk-view-change with the view and the previous one', async () => {
      const el = await calendar();
      setTimeout(() => $$<HTMLButtonElement>(el, '[part="view-button"]')[1]!.click());
      const ev = await oneEvent(el, 'hk-view-change');
      expect(ev).to.be.instanceOf(HkViewChangeEvent);
      expect(ev.detail).to.deep.equal({ view: 'week', previous: 'month' });
      expect(ev.bubbles && ev.composed).to.equal(true);
      await settle(el);
      expect(el.getAttribute('view')).to.equal('week');
      expect(status(el)).to.match(/22.+28 November 2026: 2 events/);
    });
  });
});
