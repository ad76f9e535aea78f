import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Event } from '@shhk/sdk';
import './event-calendar.define.js';
import { HkEventCalendar } from './event-calendar.js';
import { CALENDAR_STRINGS } from './strings.js';
import { weekColumns } from './week-view.js';
import { countElements, generateEvents, makeEvent, nextFrame, wholeMonth } from './event-calendar.test-helpers.js';

// Frozen clock and pinned zone: "now" is Friday 27 November 2026, 10:00 in Shanghai (the sample
// dataset's anchor); every calendar gets time-zone="Asia/Shanghai" explicitly.
const NOW = new Date('2026-11-27T10:00:00+08:00');

const EVENTS: Event[] = [
  makeEvent({ id: 'ev-forum', kind: 'forum', title: { en: 'Pujiang Innovation Forum', 'zh-Hans': '浦江创新论坛' },
    start: '2026-11-16', end: '2026-11-18', allDay: true }),
  makeEvent({ id: 'ev-expo', kind: 'expo', region: 'hong-kong', title: { en: 'InnoEX showcase', 'zh-Hant-HK': '創新科技博覽' },
    start: '2026-11-27T14:00:00+08:00', end: '2026-11-27T16:30:00+08:00', timeZone: 'Asia/Hong_Kong',
    venue: { name: { en: 'HKCEC' }, address: { en: '1 Expo Drive, Wan Chai' } },
    registration: { url: 'https://example.org/register', deadline: '2026-12-10' },
    organizers: [{ id: 'org-hkstp', name: { en: 'HKSTP', 'zh-Hant-HK': '香港科技園' } }] }),
  makeEvent({ id: 'ev-lecture', kind: 'lecture', title: { en: 'AI lecture' }, start: '2026-11-27T09:00:00+08:00',
    end: '2026-11-27T10:30:00+08:00', onlineUrl: 'https://meet.example.org/ai', audience: ['researchers'] }),
  makeEvent({ id: 'ev-training', kind: 'training', title: { en: 'Founder training' }, start: '2026-11-30T09:00:00+08:00',
    end: '2026-11-30T12:00:00+08:00', status: 'postponed' }),
  makeEvent({ id: 'ev-dec', kind: 'roadshow', title: { en: 'December roadshow' }, start: '2026-12-08T15:00:00+08:00',
    end: '2026-12-08T17:00:00+08:00' }),
  makeEvent({ id: 'ev-feb', kind: 'competition', title: { en: 'Talent competition final' }, start: '2027-02-20T09:00:00+08:00',
    end: '2027-02-20T18:00:00+08:00' }),
];

type Cal = HkEventCalendar;

async function settle(el: Cal): Promise<Cal> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

async function calendar(
  events: readonly unknown[] | undefined = EVENTS,
  attrs: { view?: string; date?: string; locale?: string; width?: number } = {},
): Promise<Cal> {
  const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale=${attrs.locale ?? 'en'}
    view=${attrs.view ?? 'month'} date=${attrs.date ?? '2026-11-27'} style="width:${attrs.width ?? 1100}px"
    .now=${NOW} .events=${events}></hk-event-calendar>`);
  return settle(el);
}

const $ = <T extends Element = HTMLElement>(el: Cal, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Cal, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const dayButton = (el: Cal, day: string) => $<HTMLButtonElement>(el, `td[data-day="${day}"] .day__btn`)!;
const focused = (el: Cal) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<hk-event-calendar>', () => {
  describe('registration and strings', () => {
    it('should tolerate being defined twice', () => {
      expect(() => HkEventCalendar.define()).not.to.throw();
      expect(() => customElements.get('hk-event-calendar') && HkEventCalendar.define('hk-event-calendar')).not.to.throw();
      expect(customElements.get('hk-event-calendar')).to.equal(HkEventCalendar);
    });

    it('should have every string in zh-Hans, zh-Hant-HK and en', () => {
      const keys = Object.keys(CALENDAR_STRINGS.en).sort();
      for (const locale of ['zh-Hans', 'zh-Hant-HK', 'en'] as const) {
        const table = CALENDAR_STRINGS[locale] as unknown as Record<string, unknown>;
        expect(Object.keys(table).sort(), locale).to.deep.equal(keys);
        for (const key of keys) {
          const value = table[key];
          const rendered = typeof value === 'function' ? (value as (...a: unknown[]) => string)('X', 2, ['Y']) : value;
          expect(rendered, `${locale}.${key}`).to.be.a('string').and.not.equal('');
        }
      }
      // Chinese strings are not English copies.
      expect(CALENDAR_STRINGS['zh-Hans'].today).not.to.equal(CALENDAR_STRINGS.en.today);
      expect(CALENDAR_STRINGS['zh-Hant-HK'].loading).to.equal('正在載入活動…');
    });
  });

  describe('styles and theming', () => {
    const cssText = () => (HkEventCalendar.styles as { cssText: string }[]).map((r) => r.cssText).join('\n');

    it('should size in em, never rem, and define every private --_ variable it uses', () => {
      const css = cssText();
      expect(/\d(\.\d+)?rem\b/.test(css)).to.equal(false);
      const used = new Set([...css.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
      // Set from templates through styleMap (week geometry), not in the sheet.
      const defined = new Set(['--_hours', '--_lanes', '--_now', ...[...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1])]);
      for (const v of used) expect(defined.has(v), `${v} is defined`).to.equal(true);
      for (const v of defined) expect(used.has(v), `${v} is used`).to.equal(true);
    });

    it('should only read the public --hk-* tokens, never declare them (so the page can set them anywhere)', () => {
      const css = cssText();
      expect([...css.matchAll(/(--hk-[\w-]+)\s*:/g)].map((m) => m[1])).to.deep.equal([]);
      // Each colour token is read once for light and once for light-dark() (plus --hk-kind-*).
      expect(css).to.include('var(--hk-color-primary, #0b5cad)');
      expect(css).to.include('var(--hk-color-primary, light-dark(#0b5cad, #7cb8ff))');
    });

    it('should keep light-dark() inside @supports, after a light fallback for old engines', () => {
      let outside = 0;
      let inside = 0;
      const visit = (rules: CSSRuleList, supported: boolean): void => {
        for (const rule of rules) {
          if (rule instanceof CSSSupportsRule) visit(rule.cssRules, rule.conditionText.includes('light-dark'));
          else if (rule instanceof CSSStyleRule && rule.cssText.includes('light-dark(')) {
            if (supported) inside++;
            else outside++;
          }
        }
      };
      for (const r of HkEventCalendar.styles as { styleSheet: CSSStyleSheet }[]) visit(r.styleSheet.cssRules, false);
      expect(outside, 'rules using light-dark() outside @supports').to.equal(0);
      expect(inside).to.be.greaterThan(0);
    });

    it('should take --hk-* tokens from the page: :root, a wrapper or the element', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><hk-event-calendar time-zone="Asia/Shanghai" locale="en" date="2026-11-27"
        style="width:1100px" .now=${NOW} .events=${EVENTS}></hk-event-calendar></div>`);
      const el = await settle(wrapper.querySelector<Cal>('hk-event-calendar')!);
      // The pressed view button is the calendar's primary-coloured button.
      const primary = () => getComputedStyle($(el, '[part="view-button"][aria-pressed="true"]')!).backgroundColor;
      expect(primary()).to.equal('rgb(11, 92, 173)');
      const root = document.documentElement.style;
      try {
        root.setProperty('--hk-color-primary', 'rgb(1, 2, 3)');
        expect(primary()).to.equal('rgb(1, 2, 3)');
        wrapper.style.setProperty('--hk-color-primary', 'rgb(4, 5, 6)');
        expect(primary()).to.equal('rgb(4, 5, 6)');
        el.style.setProperty('--hk-color-primary', 'rgb(7, 8, 9)');
        expect(primary()).to.equal('rgb(7, 8, 9)');
        root.setProperty('--hk-color-text', 'rgb(10, 11, 12)');
        expect(getComputedStyle($(el, '[part="base"]')!).color).to.equal('rgb(10, 11, 12)');
      } finally {
        root.removeProperty('--hk-color-primary');
        root.removeProperty('--hk-color-text');
      }
      el.style.removeProperty('--hk-color-primary');
      wrapper.style.removeProperty('--hk-color-primary');
      expect(primary()).to.equal('rgb(11, 92, 173)');
    });

    it('should take kind colours from --hk-kind-<kind> and expose parts', async () => {
      const el = await calendar();
      el.style.setProperty('--hk-kind-expo', 'rgb(1, 2, 3)');
      const chip = $(el, '.ev[data-key="ev-expo"]')!;
      expect(getComputedStyle(chip).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
      for (const part of ['base', 'toolbar', 'title', 'nav-button', 'view-button', 'grid', 'day', 'day-button', 'event', 'filters-button', 'footer', 'dialog']) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });

    it('should follow the theme attribute (light-dark colours)', async () => {
      const el = await calendar();
      const base = $(el, '[part="base"]')!;
      el.setAttribute('theme', 'dark');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 24, 28)');
      el.setAttribute('theme', 'light');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
  });

  describe('month view with the events property', () => {
    it('should render a 6×7 grid with chips on the right days', async () => {
      const el = await calendar();
      expect($$(el, 'tbody tr')).to.have.length(6);
      expect($$(el, 'td[data-day]')).to.have.length(42);
      expect($(el, '.title')!.textContent).to.equal('November 2026');
      const chips27 = $$(el, 'td[data-day="2026-11-27"] .ev').map((c) => c.textContent);
      expect(chips27.some((t) => t!.includes('InnoEX showcase'))).to.equal(true);
      expect(chips27.some((t) => t!.includes('AI lecture'))).to.equal(true);
      // The three-day forum is one bar spanning three columns from Monday 16 November.
      const bar = $(el, '.ev[data-key="ev-forum"]')!;
      expect(bar.classList.contains('s3')).to.equal(true);
      expect(bar.closest('td')!.dataset.day).to.equal('2026-11-16');
    });

    it('should name each day button with date, count and today', async () => {
      const el = await calendar();
      const b = dayButton(el, '2026-11-27');
      expect(b.getAttribute('aria-label')).to.match(/^Friday, 27 November 2026, 2 events$/);
      expect(b.getAttribute('aria-current')).to.equal('date');
      expect(b.tabIndex).to.equal(0);
      expect(dayButton(el, '2026-11-26').tabIndex).to.equal(-1);
      expect(dayButton(el, '2026-11-17').getAttribute('aria-label')).to.match(/1 event$/);
      // Chips are pointer shortcuts hidden from assistive technology.
      expect($(el, 'td[data-day="2026-11-27"] .day__ev')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('should show today’s month for a date it cannot use, and a month for YYYY-MM', async () => {
      const cases: [string, string][] = [
        ['2026-03', 'March 2026'], ['2026-03-31', 'March 2026'], ['1900-01-01', 'January 1900'],
        ['not-a-date', 'November 2026'], ['2026-02-30', 'November 2026'], ['2026-13', 'November 2026'],
        ['0001-01-01', 'November 2026'], ['9999-12-31', 'November 2026'], ['', 'November 2026'],
      ];
      for (const [date, title] of cases) {
        const el = await calendar(EVENTS, { date });
        expect($(el, '.title')!.textContent, date).to.equal(title);
        expect($(el, '[part="error"]'), date).to.equal(null);
      }
    });

    it('should start the week on the locale’s first day, or on first-day', async () => {
      const en = await calendar();
      expect($$(en, 'th')[0]!.textContent).to.equal('Sun');
      const zh = await calendar(EVENTS, { locale: 'zh-Hans' });
      expect($$(zh, 'th')[0]!.getAttribute('abbr')).to.equal('星期一');
      en.firstDay = 1;
      await settle(en);
      expect($$(en, 'th')[0]!.getAttribute('abbr')).to.equal('Monday');
    });

    it('should cap chips per day and offer "+N more", keeping ≤ 600 elements with 10,000 events', async () => {
      const el = await calendar(generateEvents(10_000, '2026-11', 3));
      const count = countElements(el.shadowRoot!);
      expect(count).to.be.at.most(600);
      const more = $$(el, '.more');
      expect(more.length).to.be.greaterThan(20);
      const label = dayButton(el, '2026-11-10').getAttribute('aria-label')!;
      expect(Number(/(\d+) events/.exec(label)![1])).to.be.greaterThan(200);
    });

    it('should open the day panel from "+N more" and list every event of the day', async () => {
      const el = await calendar(generateEvents(400, '2026-11', 5));
      const more = $(el, '.more')!;
      const day = more.dataset.more!;
      more.click();
      await settle(el);
      expect(focused(el)?.id).to.equal('panel-title');
      const total = Number(/(\d+) events/.exec(dayButton(el, day).getAttribute('aria-label')!)![1]);
      expect($$(el, '.panel .item')).to.have.length(Math.min(total, 50));
      expect($(el, `td[data-day="${day}"]`)!.getAttribute('aria-selected')).to.equal('true');
    });

    it('should label public holidays and make-up working days from the client', async () => {
      const holidays = [
        { id: 'cn-national-day-2026-10-01', region: 'mainland', kind: 'holiday', date: '2026-10-01', name: { en: 'National Day', 'zh-Hans': '国庆节' },
          confidence: 'high', status: 'confirmed', source: 'https://www.gov.cn/' },
        { id: 'cn-makeup-2026-10-10', region: 'mainland', kind: 'makeup-workday', date: '2026-10-10', name: { en: 'Make-up working day', 'zh-Hans': '调休上班' },
          confidence: 'high', status: 'confirmed', source: 'https://www.gov.cn/' },
      ];
      const { createClient } = await import('@shhk/sdk');
      const client = createClient({
        baseUrl: 'https://api.test/v1',
        retry: 0,
        fetch: async (req: Request) => Response.json(
          new URL(req.url).pathname.endsWith('/holidays') ? { items: holidays, nextCursor: null } : { items: [], nextCursor: null },
        ),
      });
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale="en" date="2026-10-01" style="width:1100px"
        .now=${NOW} .contextClient=${client}></hk-event-calendar>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.day.is-holiday'), 'holidays shown');
      await settle(el);
      expect(dayButton(el, '2026-10-01').getAttribute('aria-label')).to.include('National Day (mainland)');
      expect($(el, 'td[data-day="2026-10-01"] .day__hol')!.textContent).to.include('National Day');
      expect(dayButton(el, '2026-10-10').getAttribute('aria-label')).to.include('Make-up working day');
      el.noHolidays = true;
      await settle(el);
      expect($(el, '.day.is-holiday')).to.equal(null);
    });
  });

  describe('keyboard (APG grid)', () => {
    it('should move focus with arrows, Home/End and PageUp/PageDown', async () => {
      const el = await calendar();
      dayButton(el, '2026-11-27').focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focused(el)).to.equal(dayButton(el, '2026-11-28'));
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      // Crosses into December: the grid re-renders for the new month and keeps focus.
      expect($(el, '.title')!.textContent).to.equal('December 2026');
      expect(focused(el)).to.equal(dayButton(el, '2026-12-05'));
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(focused(el)).to.equal(dayButton(el, '2026-11-27'));
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(focused(el)).to.equal(dayButton(el, '2026-11-22'));
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(focused(el)).to.equal(dayButton(el, '2026-11-28'));
      await sendKeys({ press: 'PageDown' });
      await settle(el);
      expect(focused(el)).to.equal(dayButton(el, '2026-12-28'));
      await sendKeys({ press: 'PageUp' });
      await sendKeys({ press: 'PageUp' });
      await settle(el);
      expect(focused(el)).to.equal(dayButton(el, '2026-10-28'));
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ up: 'Shift' });
      await settle(el);
      expect(focused(el)).to.equal(dayButton(el, '2027-10-28'));
      expect(el.getAttribute('date')).to.equal('2027-10-28');
      // Only one day is in the tab order.
      expect($$(el, '.day__btn[tabindex="0"]')).to.have.length(1);
    });

    it('should clamp PageDown to the end of a shorter month', async () => {
      const el = await calendar(EVENTS, { date: '2027-01-31' });
      dayButton(el, '2027-01-31').focus();
      await sendKeys({ press: 'PageDown' });
      await settle(el);
      expect(focused(el)).to.equal(dayButton(el, '2027-02-28'));
    });

    it('should open the day with Enter, open an event, close with Escape and return focus', async () => {
      const el = await calendar();
      dayButton(el, '2026-11-27').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(focused(el)?.id).to.equal('panel-title');
      const eventButton = $<HTMLButtonElement>(el, '.panel button[data-key="ev-expo"]')!;
      expect(eventButton).to.exist;
      eventButton.focus();
      const selected = oneEvent(el, 'hk-event-select');
      await sendKeys({ press: 'Enter' });
      const ev = await selected;
      expect(ev.detail.event.id).to.equal('ev-expo');
      await settle(el);
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.contains(focused(el))).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(dialog.open).to.equal(false);
      expect(focused(el)).to.equal($(el, '.panel button[data-key="ev-expo"]'));
    });

    it('should return focus to the day button after opening an event from its chip', async () => {
      const el = await calendar();
      $(el, 'td[data-day="2026-11-27"] .ev[data-key="ev-lecture"]')!.click();
      await settle(el);
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(focused(el)).to.equal(dayButton(el, '2026-11-27'));
    });
  });

  describe('other views', () => {
    it('should render the week as day sections with headings and event lists', async () => {
      const el = await calendar(EVENTS, { view: 'week' });
      const sections = $$(el, 'section.week__day');
      expect(sections).to.have.length(7);
      expect(sections[0]!.querySelector('h3')!.getAttribute('aria-label')).to.match(/^Sunday, 22 November 2026/);
      const friday = sections[5]!;
      const titles = [...friday.querySelectorAll('.week__timed button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
      expect(titles[0]).to.include('AI lecture');
      expect(titles[1]).to.include('InnoEX showcase');
      expect($(el, '.title')!.textContent).to.match(/22.+28 November 2026/);
    });

    it('should keep the week’s hour labels inside the calendar in every locale', async () => {
      for (const locale of ['en', 'zh-Hans', 'zh-Hant-HK']) {
        const el = await calendar(EVENTS, { view: 'week', width: 1200, locale });
        const left = el.getBoundingClientRect().left;
        for (const label of $$(el, '.week__gutter span')) {
          const range = document.createRange();
          range.selectNodeContents(label);
          expect(range.getBoundingClientRect().left, `${locale} ${label.textContent}`).to.be.at.least(left + 2);
        }
      }
    });

    it('should lay overlapping events side by side in the week', async () => {
      const overlap = [
        makeEvent({ id: 'a', start: '2026-11-25T09:00:00+08:00', end: '2026-11-25T11:00:00+08:00' }),
        makeEvent({ id: 'b', start: '2026-11-25T10:00:00+08:00', end: '2026-11-25T12:00:00+08:00' }),
      ];
      const el = await calendar(overlap, { view: 'week', width: 1200 });
      const a = $(el, '[data-key="a"]')!.getBoundingClientRect();
      const b = $(el, '[data-key="b"]')!.getBoundingClientRect();
      expect(Math.round(a.width)).to.be.lessThan(120);
      expect(b.left).to.be.greaterThan(a.left + a.width / 2);
      expect(b.top).to.be.greaterThan(a.top);
    });

    it('should show a "+N more" box where more events overlap than fit side by side, leading to the day in the list', async () => {
      const dense = [0, 1, 2, 3].map((i) => makeEvent({
        id: `d${i}`, start: `2026-11-25T${i % 2 ? 10 : '09'}:00:00+08:00`, end: '2026-11-25T12:00:00+08:00',
      }));
      const early = makeEvent({ id: 'early', start: '2026-11-02T09:00:00+08:00', end: '2026-11-02T10:00:00+08:00' });
      // 1,200 px wide: two boxes side by side at most (see weekColumns); the other three share "+3 more".
      const el = await calendar([...dense, early], { view: 'week', width: 1200 });
      expect($$(el, '.week__timed [data-key]').map((b) => b.dataset['key'])).to.deep.equal(['d0']);
      const more = $$<HTMLButtonElement>(el, '.week__over');
      expect(more.map((b) => b.textContent)).to.deep.equal(['+3 more']);
      const box = $(el, '[data-key="d0"]')!.getBoundingClientRect();
      const over = more[0]!.getBoundingClientRect();
      expect(over.left).to.be.at.least(box.right - 1);
      expect(over.top).to.be.closeTo(box.top, 2);
      await expect(el).to.be.accessible();
      more[0]!.click();
      await settle(el);
      expect([el.view, el.date]).to.deep.equal(['list', '2026-11-25']);
      // The list starts at that day, its heading focused; the month's earlier days are one button away.
      expect($$(el, '.agenda h3').map((h) => h.textContent!.trim())).to.deep.equal(['Wednesday, 25 November 2026']);
      expect(focused(el)).to.equal($(el, '.agenda h3'));
      expect($$(el, '.item__title').map((b) => b.dataset['key']).sort()).to.deep.equal(['d0', 'd1', 'd2', 'd3']);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="earlier-button"]')!.click();
      await settle(el);
      expect($$(el, '.agenda h3').map((h) => h.textContent!.trim())).to.deep.equal(['Monday, 2 November 2026', 'Wednesday, 25 November 2026']);
      expect(focused(el)).to.equal($(el, '.agenda h3'));
      expect($(el, '[part="earlier-button"]')).to.equal(null);
      // Wider, three side by side: the page resizing the calendar re-lays the week out.
      el.date = '2026-11-25';
      el.view = 'week';
      el.style.width = '1600px';
      await waitUntil(() => $$(el, '.week__over').map((b) => b.textContent).join() === '+2 more', 'three columns at 1,600 px');
      expect($$(el, '.week__timed [data-key]').map((b) => b.dataset['key'])).to.deep.equal(['d0', 'd2']);
      // Stacked as lists (narrower calendars), every event is listed.
      const stacked = await calendar(dense, { view: 'week', width: 700 });
      expect($$(stacked, '.week__timed [data-key]')).to.have.length(4);
      expect($$(stacked, '.week__over')).to.have.length(0);
    });

    it('should keep the week’s day headings in view while the page scrolls through the hours', async () => {
      const long = [makeEvent({ id: 'early', start: '2026-11-25T01:00:00+08:00', end: '2026-11-25T02:00:00+08:00' }),
        makeEvent({ id: 'late', start: '2026-11-25T22:00:00+08:00', end: '2026-11-25T23:00:00+08:00' })];
      const el = await calendar(long, { view: 'week', width: 1200 });
      const head = $(el, '#wd-2026-11-25')!;
      const grid = $(el, '.week')!;
      const top = grid.getBoundingClientRect().top + scrollY;
      try {
        scrollTo(0, top + 400);
        await nextFrame();
        expect(grid.getBoundingClientRect().top).to.be.below(-300);
        expect(head.getBoundingClientRect().top).to.be.closeTo(0, 1);
        // Opaque, so the boxes scrolling under it don't show through.
        expect(getComputedStyle(head).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        // Below a site's fixed header, as docs/webmasters.md shows.
        const page = document.createElement('style');
        page.textContent = 'hk-event-calendar::part(day-heading) { top: 40px; }';
        document.head.append(page);
        try {
          await nextFrame();
          expect(head.getBoundingClientRect().top).to.be.closeTo(40, 1);
        } finally {
          page.remove();
        }
      } finally {
        scrollTo(0, 0);
      }
    });

    it('should draw a line at the current time in today’s column of the week, within the hours shown', async () => {
      const at10 = [makeEvent({ id: 'ten', start: '2026-11-27T10:00:00+08:00', end: '2026-11-27T11:00:00+08:00' })];
      const el = await calendar(at10, { view: 'week', width: 1200 }); // NOW: Friday 27 November, 10:00 in Shanghai
      const lines = $$(el, '.has-now');
      expect(lines.map((ul) => ul.closest('section')!.getAttribute('aria-labelledby'))).to.deep.equal(['wd-2026-11-27']);
      const ul = lines[0]!;
      const box = $(el, '[data-key="ten"]')!.closest('li')!;
      const lineTop = parseFloat(getComputedStyle(ul, '::after').top);
      expect(lineTop).to.be.closeTo(box.getBoundingClientRect().top - ul.getBoundingClientRect().top, 1);
      expect(getComputedStyle(ul, '::after').pointerEvents).to.equal('none');
      // 06:00 is before the hours shown (08:00–18:00 here): no line. Another week: no line.
      el.now = new Date('2026-11-27T06:00:00+08:00');
      await settle(el);
      expect($$(el, '.has-now')).to.have.length(0);
      el.now = NOW;
      el.date = '2026-12-04';
      await settle(el);
      expect($$(el, '.has-now')).to.have.length(0);
    });

    it('should show the hours a "+N more" box reaches, not only those of the boxes drawn', async () => {
      const late = [
        makeEvent({ id: 'a', start: '2026-11-25T20:00:00+08:00', end: '2026-11-25T21:00:00+08:00' }),
        makeEvent({ id: 'b', start: '2026-11-25T20:30:00+08:00', end: '2026-11-25T23:30:00+08:00' }),
        makeEvent({ id: 'c', start: '2026-11-25T20:45:00+08:00', end: '2026-11-25T23:45:00+08:00' }),
      ];
      const el = await calendar(late, { view: 'week', width: 1200 });
      const over = $(el, '.week__over')!.closest('li')!.getBoundingClientRect();
      const column = $(el, 'section[aria-labelledby="wd-2026-11-25"] .week__timed')!.getBoundingClientRect();
      expect(over.bottom).to.be.at.most(column.bottom + 1);
      expect(over.bottom).to.be.closeTo(column.bottom - column.height / ($$(el, '.week__gutter span').length * 4), 2); // ends at 23:45
    });

    it('should fit more boxes side by side in a wider week', () => {
      expect([320, 1000, 1200, 1560, 1570, 3000].map(weekColumns)).to.deep.equal([2, 2, 2, 2, 3, 4]);
    });

    it('should draw a multi-day all-day event once in the week, as a bar over its days', async () => {
      const span = [makeEvent({ id: 'span', start: '2026-11-24', end: '2026-11-26', allDay: true })];
      const el = await calendar(span, { view: 'week', width: 1200 });
      const bars = $$(el, '[data-key="span"]');
      expect(bars).to.have.length(1);
      const days = $$(el, 'section.week__day').map((d) => d.getBoundingClientRect());
      const bar = bars[0]!.getBoundingClientRect();
      expect(bars[0]!.closest('section')!.getAttribute('aria-labelledby')).to.equal('wd-2026-11-24');
      expect(bar.left).to.be.within(days[2]!.left, days[2]!.left + 4);
      expect(bar.right).to.be.within(days[3]!.right - 4, days[4]!.right);
      expect(bar.width).to.be.greaterThan(days[2]!.width * 1.9);
      // Stacked (narrow), it is listed under each of its days, none of which says it has no events.
      const narrow = await calendar([...span, makeEvent({ id: 'timed', start: '2026-11-27T22:00:00+08:00', end: '2026-11-29T02:00:00+08:00' })], { view: 'week', width: 320 });
      const under = (key: string) => $$(narrow, `[data-key="${key}"]`).map((b) => b.closest('section')!.getAttribute('aria-labelledby'));
      expect(under('span')).to.deep.equal(['wd-2026-11-24', 'wd-2026-11-25', 'wd-2026-11-26']); // the end date is inclusive
      expect(under('timed')).to.deep.equal(['wd-2026-11-27', 'wd-2026-11-28']);
      const empty = $$(narrow, 'section.week__day').filter((d) => d.querySelector('.week__none')).map((d) => d.getAttribute('aria-labelledby'));
      expect(empty).to.deep.equal(['wd-2026-11-22', 'wd-2026-11-23']);
      await expect(narrow).to.be.accessible();
    });

    it('should break week titles between words only, with an ellipsis in narrow boxes', async () => {
      const narrow = [0, 1, 2].map((i) => makeEvent({
        id: `n${i}`, title: { en: 'Innovation Showcase' }, start: '2026-11-25T14:00:00+08:00', end: '2026-11-25T17:00:00+08:00',
      }));
      const el = await calendar(narrow, { view: 'week', width: 1200 });
      const box = $(el, '[data-key="n0"]')!;
      const style = getComputedStyle(box);
      expect(style.overflowWrap).to.equal('normal');
      expect(style.textOverflow).to.equal('ellipsis');
      // The time sits at the top of the box, not centred in it.
      expect(box.querySelector('.ev__time')!.getBoundingClientRect().top - box.getBoundingClientRect().top).to.be.below(8);
    });

    it('should show whole lines in a week box, a long title ending in an ellipsis rather than half a line', async () => {
      const title = { en: 'Shanghai–Hong Kong e-commerce investment and financing matchmaking meeting for young founders' };
      const boxes = [60, 90, 120, 150, 240].map((minutes, i) => makeEvent({
        id: `w${i}`, title, start: `2026-11-${23 + i}T14:00:00+08:00`, end: new Date(Date.parse(`2026-11-${23 + i}T14:00:00+08:00`) + minutes * 60_000).toISOString(),
      }));
      for (const locale of ['en', 'zh-Hans']) {
        const el = await calendar(boxes, { view: 'week', width: 1200, locale });
        for (const box of $$(el, '.week__timed [data-key]')) {
          const style = getComputedStyle(box);
          const lineHeight = parseFloat(style.lineHeight);
          // Text is clipped at the content box, which holds a whole number of lines (and at least two: time and title).
          const content = box.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
          const lines = content / lineHeight;
          expect(style.overflowClipMargin, locale).to.equal('content-box');
          expect(lines, `${locale} ${box.dataset['key']}: ${content} px of ${lineHeight} px lines`).to.be.at.least(1.98);
          expect(Math.abs(lines - Math.round(lines)), `${locale} ${box.dataset['key']}: ${lines} lines`).to.be.below(0.05);
          // Its title is clamped to the lines below the time.
          expect(Number(style.webkitLineClamp), locale).to.equal(Math.round(lines) - 1);
          // The box still covers the event's whole time.
          expect(box.parentElement!.getBoundingClientRect().height - box.getBoundingClientRect().height).to.be.below(3);
        }
      }
      // Too short for two lines (5 minutes, none): the start time and the title share one line.
      const short = [5, 0].map((minutes, i) => makeEvent({
        id: `s${i}`, title, start: `2026-11-${23 + i}T10:00:00+08:00`, end: new Date(Date.parse(`2026-11-${23 + i}T10:00:00+08:00`) + minutes * 60_000).toISOString(),
      }));
      const el = await calendar(short, { view: 'week', width: 1200 });
      for (const box of $$(el, '.week__timed [data-key]')) {
        const time = box.querySelector('.ev__time')!;
        expect(time.textContent).to.equal('10:00 am');
        const titleText = [...box.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Shanghai'))!;
        const range = document.createRange();
        range.selectNodeContents(titleText);
        const first = range.getClientRects()[0]!;
        const outer = box.getBoundingClientRect();
        expect(first.top, 'the title on the time’s line').to.be.closeTo(time.getBoundingClientRect().top, 2);
        expect(first.left).to.be.above(time.getBoundingClientRect().right - 1);
        expect(first.bottom, 'inside the box').to.be.at.most(outer.bottom + 1);
      }
    });

    it('should render the list grouped by day, in chunks, from today in the current month', async () => {
      const el = await calendar(generateEvents(10_000, '2026-11', 9), { view: 'list' });
      expect($$(el, '.item')).to.have.length(50);
      // NOW is Friday 27 November: this month's agenda starts today, its earlier days one button away.
      expect($$(el, 'section.agenda__day h3')[0]!.textContent).to.match(/^Friday, 27 November 2026/);
      expect(countElements(el.shadowRoot!)).to.be.below(600);
      $(el, '[part="more-button"]')!.click();
      await settle(el);
      expect($$(el, '.item')).to.have.length(150);
      await wholeMonth(el);
      expect($$(el, 'section.agenda__day h3')[0]!.textContent).to.match(/^Sunday, 1 November 2026/);
      expect($$(el, '.item')).to.have.length(50);
      expect($(el, '[part="earlier-button"]')).to.equal(null);
      // Today brings the list back to today.
      $(el, '[part="today-button"]')!.click();
      await settle(el);
      expect($$(el, 'section.agenda__day h3')[0]!.textContent).to.match(/^Friday, 27 November 2026/);
    });

    it('should list the whole month when nothing is left from today on, and other months from their 1st', async () => {
      const at = (id: string, day: string) => makeEvent({ id, start: `${day}T10:00:00+08:00`, end: `${day}T11:00:00+08:00` });
      const el = await calendar([at('past', '2026-11-03'), at('dec-a', '2026-12-02'), at('dec-b', '2026-12-20')], { view: 'list' });
      const heads = () => $$(el, '.agenda h3').map((h) => h.textContent!.trim());
      expect(heads()).to.deep.equal(['Tuesday, 3 November 2026']);
      expect($(el, '[part="earlier-button"]')).to.equal(null);
      el.date = '2026-12-27';
      await settle(el);
      expect(heads()).to.deep.equal(['Wednesday, 2 December 2026', 'Sunday, 20 December 2026']);
      expect($(el, '[part="earlier-button"]')).to.equal(null);
    });

    it('should show the next N events in upcoming mode', async () => {
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale="en" view="upcoming" upcoming-count="3"
        .now=${NOW} .events=${EVENTS}></hk-event-calendar>`);
      await settle(el);
      const titles = $$(el, '.upcoming .item__title').map((b) => b.textContent);
      // The lecture (09:00–10:30) is still running at 10:00, so it comes first.
      expect(titles).to.deep.equal(['AI lecture', 'InnoEX showcase', 'Founder training']);
      expect($(el, '.upcoming__item .status')!.textContent).to.include('Postponed');
      expect($(el, '.title')!.textContent).to.equal('Upcoming events');
      // Each button is described by its date and time; the sidebar says which zone they are in.
      const first = $(el, '.upcoming .item__title')!;
      const described = first.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim());
      expect(described).to.deep.equal(['27 Nov', '9:00 – 10:30 am · Online']);
      expect($(el, '[part="zone"]')!.textContent).to.include('Times in UTC+8 (Shanghai/HK).');
      await expect(el).to.be.accessible();
    });

    it('should fall back to the list at narrow widths', async () => {
      const el = await calendar(EVENTS, { width: 320 });
      expect($(el, 'table')).to.equal(null);
      expect($(el, '.agenda')).to.exist;
      expect($(el, '[part="base"]')!.dataset.size).to.equal('s');
      expect(el.view).to.equal('month');
      // Every navigation control is there at 320 px, none wider than the calendar, with 44 px targets.
      const box = el.getBoundingClientRect();
      for (const part of ['nav-button', 'today-button', 'jump', 'view-button']) {
        for (const control of $$(el, `[part="${part}"]`)) {
          const r = control.getBoundingClientRect();
          expect(r.width, part).to.be.above(0);
          expect(r.height, part).to.be.at.least(44);
          expect(r.left, part).to.be.at.least(box.left - 0.5);
          expect(r.right, part).to.be.at.most(box.right + 0.5);
        }
      }
    });

    it('should show times in another zone and both zones in the details', async () => {
      const el = await calendar(EVENTS);
      el.visitorTimeZone = 'Europe/London';
      await settle(el);
      expect($(el, '.zone-line')!.textContent).to.include('UTC+8 (Shanghai/HK)');
      $(el, '.ev[data-key="ev-lecture"]')!.click();
      await settle(el);
      const when = $(el, '.dlg__facts dd')!.textContent!.replace(/\s+/g, ' ');
      expect(when).to.include('9:00').and.include('UTC+8 (Shanghai/HK)');
      expect(when).to.include('Your time').and.include('1:00');
      $<HTMLDialogElement>(el, 'dialog')!.close();
      el.timeZone = 'Asia/Tokyo';
      await settle(el);
      expect($(el, 'td[data-day="2026-11-27"] .ev[data-key="ev-lecture"]')!.textContent).to.include('10:00');
    });
  });

  describe('toolbar and events', () => {
    it('should fire hk-date-change on Next and announce the new month', async () => {
      const el = await calendar();
      const next = $$<HTMLButtonElement>(el, '[part="nav-button"]')[1]!;
      expect(next.getAttribute('aria-label')).to.equal('Next month');
      setTimeout(() => next.click());
      const ev = await oneEvent(el, 'hk-date-change');
      expect(ev.detail).to.deep.equal({ date: '2026-12-27', view: 'month', from: '2026-11-29', to: '2027-01-10' });
      expect(ev.bubbles && ev.composed).to.equal(true);
      await settle(el);
      expect(el.getAttribute('date')).to.equal('2026-12-27');
      expect($(el, '.title')!.textContent).to.equal('December 2026');
      expect($(el, '[role="status"]')!.textContent).to.equal('December 2026: 1 event');
    });

    it('should not fire hk-date-change for programmatic changes', async () => {
      const el = await calendar();
      let fired = 0;
      el.addEventListener('hk-date-change', () => fired++);
      el.date = '2026-12-01';
      await settle(el);
      expect(fired).to.equal(0);
      expect($(el, '.title')!.textContent).to.equal('December 2026');
    });

    it('should switch views with aria-pressed buttons and fire hk-view-change', async () => {
      const el = await calendar();
      const buttons = $$<HTMLButtonElement>(el, '[part="view-button"]');
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
      setTimeout(() => buttons[2]!.click());
      const ev = await oneEvent(el, 'hk-view-change');
      expect(ev.detail).to.deep.equal({ view: 'list', previous: 'month' });
      await settle(el);
      expect(el.getAttribute('view')).to.equal('list');
      expect($(el, '.agenda')).to.exist;
    });

    it('should filter with chips and search, firing hk-filter-change only on user input', async () => {
      const el = await calendar();
      let fired = 0;
      el.addEventListener('hk-filter-change', () => fired++);
      el.kinds = 'expo';
      await settle(el);
      expect(fired).to.equal(0);
      expect($$(el, '.ev').map((c) => c.dataset.key)).to.deep.equal(['ev-expo']);
      el.kinds = undefined;
      await settle(el);
      $<HTMLButtonElement>(el, '[part="filters-button"]')!.click();
      await settle(el);
      const chip = $<HTMLButtonElement>(el, '.chip[data-f="kinds"][data-v="lecture"]')!;
      expect(chip.getAttribute('aria-pressed')).to.equal('false');
      setTimeout(() => chip.click());
      const ev = await oneEvent(el, 'hk-filter-change');
      expect(ev.detail.filters.kinds).to.deep.equal(['lecture']);
      await settle(el);
      expect($$(el, '.ev').map((c) => c.dataset.key)).to.deep.equal(['ev-lecture']);
      expect($(el, '[role="status"]')!.textContent).to.equal('November 2026: 1 event');
      const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
      $<HTMLButtonElement>(el, '.chip[data-v="lecture"]')!.click();
      search.value = 'innoex';
      search.dispatchEvent(new InputEvent('input'));
      const searched = await oneEvent(el, 'hk-filter-change');
      expect(searched.detail.filters.q).to.equal('innoex');
      await settle(el);
      expect($$(el, '.ev').map((c) => c.dataset.key)).to.deep.equal(['ev-expo']);
      expect(fired).to.equal(3);
    });

    it('should fold 简/繁 in a preset search once the lazy search has loaded', async () => {
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale="en" date="2026-11-27" q="創新"
        style="width:1100px" .now=${NOW} .events=${EVENTS}></hk-event-calendar>`);
      // 創新 (Traditional) also finds 创新 (Simplified): only the folding search does that.
      const keys = () => [...new Set($$(el, '.ev').map((c) => c.dataset.key))];
      await waitUntil(() => keys().length === 2, 'both the 创新 and the 創新 event shown');
      expect(keys()).to.deep.equal(['ev-forum', 'ev-expo']);
      expect($(el, '[part="body"]')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('should offer the next month with events when a month is empty', async () => {
      const el = await calendar(EVENTS, { date: '2027-01-15' });
      expect($(el, '[part="empty"]')!.textContent).to.include('No events in January 2027');
      const next = $<HTMLButtonElement>(el, '[part="empty"] button')!;
      expect(next.textContent).to.include('February 2027');
      next.click();
      await settle(el);
      expect($(el, '.title')!.textContent).to.equal('February 2027');
    });
  });

  describe('details dialog', () => {
    it('should show time, venue, organisers, registration, status and calendar links', async () => {
      const el = await calendar();
      $(el, '.ev[data-key="ev-expo"]')!.click();
      await settle(el);
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      const text = dialog.textContent!.replace(/\s+/g, ' ');
      expect($(el, '#dlg-title')!.textContent).to.equal('InnoEX showcase');
      expect(text).to.include('HKCEC').and.include('1 Expo Drive').and.include('HKSTP');
      expect(text).to.include('2:00').and.include('4:30 pm').and.include('UTC+8 (Shanghai/HK)');
      expect(text).to.include('Registration closes').and.include('10 Dec 2026');
      const reg = $<HTMLAnchorElement>(el, 'dialog a[href="https://example.org/register"]')!;
      expect(reg.target).to.equal('_blank');
      const links = $$<HTMLAnchorElement>(el, '[part="add-to-calendar"] a');
      expect(links[0]!.href).to.match(/^data:text\/calendar/);
      expect(links[0]!.hasAttribute('download')).to.equal(true);
      expect(links[1]!.href).to.match(/^https:\/\/outlook\.live\.com\//);
      expect(links[2]!.href).to.match(/^https:\/\/calendar\.google\.com\//);
      $<HTMLButtonElement>(el, '[part="close-button"]')!.click();
      await settle(el);
      expect(dialog.open).to.equal(false);
    });

    it('should mark postponed and cancelled events with text and an icon', async () => {
      const offers = { onlineUrl: 'https://example.org/live', registration: { url: 'https://example.org/register', deadline: '2026-11-19' } };
      const el = await calendar([...EVENTS,
        makeEvent({ id: 'ev-x', status: 'cancelled', start: '2026-11-20T09:00:00+08:00', end: '2026-11-20T10:00:00+08:00', ...offers }),
        makeEvent({ id: 'ev-y', status: 'postponed', start: '2026-11-21T09:00:00+08:00', end: '2026-11-21T10:00:00+08:00', ...offers })]);
      $(el, '.ev[data-key="ev-x"]')!.click();
      await settle(el);
      const badge = $(el, 'dialog .status')!;
      expect(badge.textContent).to.include('Cancelled');
      expect(badge.querySelector('svg')).to.exist;
      // A cancelled event offers nothing to join, register for or add to a calendar; a postponed one still does.
      const text = () => $(el, 'dialog')!.textContent!.replace(/\s+/g, ' ');
      expect(text()).not.to.include('Register').and.not.to.include('Join online').and.not.to.include('Add to calendar');
      $<HTMLDialogElement>(el, 'dialog')!.close();
      $(el, '.ev[data-key="ev-y"]')!.click();
      await settle(el);
      expect(text()).to.include('Postponed').and.include('Join online').and.include('Add to calendar');
      $<HTMLDialogElement>(el, 'dialog')!.close();
      // In the grid, a postponed chip has a dashed edge and slanted text, a cancelled one is struck through.
      const chip = getComputedStyle($(el, '.day__ev .ev[data-key="ev-y"]')!);
      expect([chip.borderInlineStartStyle, chip.fontStyle]).to.deep.equal(['dashed', 'italic']);
      expect(getComputedStyle($(el, '.day__ev .ev[data-key="ev-x"]')!).textDecorationLine).to.equal('line-through');
      // The week's all-day bars say it in words.
      const week = await calendar([makeEvent({ id: 'ev-z', status: 'postponed', start: '2026-11-24', end: '2026-11-25', allDay: true })], { view: 'week', width: 1200 });
      expect($(week, '.week__all [data-key="ev-z"]')!.textContent).to.include('Postponed');
    });

    it('should wrap a long URL or word in the details rather than widen the dialog', async () => {
      const url = `https://www.example.edu.hk/events/2026/innovationforum${'x'.repeat(40)}?ref=newsletter`; // no hyphen to break at
      const el = await calendar([makeEvent({ id: 'ev-url', summary: { en: `Details: ${url}` }, title: { en: `Forum ${'长'.repeat(5)}${'x'.repeat(80)}` },
        start: '2026-11-25T09:00:00+08:00', end: '2026-11-25T10:00:00+08:00' })], { view: 'week', width: 320 });
      $(el, '.ev[data-key="ev-url"]')!.click();
      await settle(el);
      const inner = $(el, '.dlg__inner')!;
      expect(inner.scrollWidth, 'no sideways scrolling').to.be.at.most(inner.clientWidth + 1);
    });

    it('should share a link to the full calendar page from a sidebar (calendar-url)', async () => {
      const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale="en" view="upcoming" calendar-url="/events/calendar.html?lang=en"
        .now=${NOW} .events=${EVENTS}></hk-event-calendar>`);
      await settle(el);
      $(el, '.upcoming [data-key="ev-expo"]')!.click();
      await settle(el);
      const share = new URL($<HTMLInputElement>(el, '.copy__input')!.value);
      expect(share.origin + share.pathname).to.equal(new URL('/events/calendar.html', location.href).href);
      expect([share.searchParams.get('lang'), share.searchParams.get('hk-event'), share.searchParams.get('hk-date')]).to.deep.equal(['en', 'ev-expo', '2026-11-27']);
      // An unusable calendar-url (not http) falls back to the event's own link or this page.
      el.calendarUrl = 'javascript:alert(1)';
      await settle(el);
      expect($<HTMLInputElement>(el, '.copy__input')!.value).to.equal(location.href);
    });

    it('should copy the share link and say so', async () => {
      const el = await calendar();
      $(el, '.ev[data-key="ev-lecture"]')!.click();
      await settle(el);
      let copied = '';
      const original = navigator.clipboard.writeText;
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => { copied = t; } });
      try {
        $<HTMLButtonElement>(el, '[part="copy-button"]')!.click();
        await waitUntil(() => $(el, '.copy__status')!.textContent === 'Link copied');
        expect(copied).to.equal(location.href);
      } finally {
        Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: original });
      }
    });
  });

  describe('bad input', () => {
    const long = 'A very long title '.repeat(600);
    const bad: unknown[] = [
      makeEvent({ id: 'ok-html', title: { en: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>Safe?' },
        summary: { en: '<b>bold</b>' }, start: '2026-11-12T09:00:00+08:00', end: '2026-11-12T10:00:00+08:00' }),
      makeEvent({ id: 'ok-long', title: { en: long }, start: '2026-11-13T09:00:00+08:00', end: '2026-11-13T10:00:00+08:00' }),
      { ...makeEvent({ id: 'ok-js', start: '2026-11-14T09:00:00+08:00', end: '2026-11-14T10:00:00+08:00' }),
        url: 'javascript:alert(1)', onlineUrl: 'javascript:alert(2)', registration: { url: 'javascript:alert(3)' } },
      makeEvent({ id: 'ok-no-end', start: '2026-11-15T09:00:00+08:00', end: undefined }),
      makeEvent({ id: 'bad-order', start: '2026-11-18T12:00:00+08:00', end: '2026-11-18T09:00:00+08:00' }),
      makeEvent({ id: 'bad-date', start: '2026-13-45T09:00:00+08:00', end: '2026-13-45T10:00:00+08:00' }),
      makeEvent({ id: 'bad-zone', timeZone: 'Mars/Olympus_Mons' }),
      { id: 42, title: null },
      'not an event',
      null,
    ];

    it('should render text as text, drop unsafe links and count skipped records', async () => {
      const el = await calendar(bad);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect($(el, '.ev[data-key="ok-html"]')!.textContent).to.include('<img src=x');
      expect($(el, '.ev[data-key="ok-long"]')).to.exist;
      expect($(el, '.ev[data-key="ok-no-end"]')).to.exist;
      expect($(el, '.ev[data-key="bad-order"]')).to.equal(null);
      const note = $$(el, '[part="note"]').map((n) => n.textContent).join(' ');
      expect(note).to.include('6 records couldn’t be shown.');
      $(el, '.ev[data-key="ok-js"]')!.click();
      await settle(el);
      const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.some((h) => /^\s*javascript:/i.test(h))).to.equal(false);
      expect($(el, 'dialog')!.textContent).not.to.include('Register');
      $<HTMLDialogElement>(el, 'dialog')!.close();
      $(el, '.ev[data-key="ok-html"]')!.click();
      await settle(el);
      expect($(el, '#dlg-title')!.textContent).to.include('<script>');
      expect($(el, '.dlg__summary')!.textContent).to.equal('<b>bold</b>');
      $<HTMLDialogElement>(el, 'dialog')!.close();
      await expect(el).to.be.accessible();
    });

    it('should survive a non-array events value and an unknown time zone', async () => {
      const el = await calendar('nope' as unknown as unknown[]);
      expect($$(el, 'td[data-day]')).to.have.length(42);
      el.timeZone = 'Nowhere/Special';
      el.events = EVENTS;
      await settle(el);
      expect($(el, '.zone-line')!.textContent).to.include('UTC+8 (Shanghai/HK)');
      expect($(el, '.ev[data-key="ev-expo"]')).to.exist;
    });
  });

  describe('accessibility (axe) of the local states', () => {
    for (const view of ['month', 'week', 'list', 'upcoming']) {
      it(`should pass axe populated and empty: ${view}`, async () => {
        const el = await calendar(EVENTS, { view });
        await expect(el).to.be.accessible();
        const empty = await calendar([], { view });
        expect($(empty, '[part="empty"]')).to.exist;
        await expect(empty).to.be.accessible();
      });
    }

    it('should pass axe with the dialog open, the filters open and in zh-Hant-HK at 320 px', async () => {
      const el = await calendar(EVENTS, { locale: 'zh-Hant-HK' });
      $<HTMLButtonElement>(el, '[part="filters-button"]')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
      $(el, '.ev[data-key="ev-expo"]')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
      const narrow = await calendar(EVENTS, { locale: 'zh-Hant-HK', width: 320 });
      await expect(narrow).to.be.accessible();
    });
  });
});
