import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Event } from '@shhk/sdk';
import './event-calendar.define.js';
import type { HkEventCalendar } from './event-calendar.js';
import { HkDateChangeEvent, HkEventSelectEvent } from './events.js';
import { generateEvents, makeEvent, nextFrame } from './event-calendar.test-helpers.js';

// Keyboard paths of <hk-event-calendar> through real key presses (sendKeys → CDP): the APG grid in
// month view (ux-guide §1 key table), Tab in and out, the overflow behind "+N more", and the details
// dialog (focus trap, Escape, focus return) from every view. Clock frozen at Friday 27 November 2026
// 10:00 Shanghai; zone pinned with time-zone="Asia/Shanghai".

const NOW = new Date('2026-11-27T10:00:00+08:00');

const EVENTS: Event[] = [
  makeEvent({ id: 'ev-expo', kind: 'expo', title: { en: 'InnoEX showcase' }, start: '2026-11-27T14:00:00+08:00', end: '2026-11-27T16:30:00+08:00' }),
  makeEvent({ id: 'ev-lecture', kind: 'lecture', title: { en: 'AI lecture' }, start: '2026-11-27T09:00:00+08:00', end: '2026-11-27T10:30:00+08:00' }),
  makeEvent({ id: 'ev-dec', kind: 'roadshow', title: { en: 'December roadshow' }, start: '2026-12-08T15:00:00+08:00', end: '2026-12-08T17:00:00+08:00' }),
];

type Cal = HkEventCalendar;
const $ = <T extends Element = HTMLElement>(el: Cal, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Cal, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const dayButton = (el: Cal, day: string) => $<HTMLButtonElement>(el, `td[data-day="${day}"] .day__btn`)!;
const focused = (el: Cal) => el.shadowRoot!.activeElement as HTMLElement | null;
const focusedDay = (el: Cal) => focused(el)?.closest('td')?.dataset.day;

async function settle(el: Cal): Promise<Cal> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

async function calendar(opts: { events?: readonly unknown[]; view?: string; date?: string; locale?: string; firstDay?: number } = {}): Promise<Cal> {
  const el = await fixture<Cal>(html`<hk-event-calendar time-zone="Asia/Shanghai" locale=${opts.locale ?? 'en'} view=${opts.view ?? 'month'}
    date=${opts.date ?? '2026-11-27'} .firstDay=${opts.firstDay} style="width:1100px" .now=${NOW}
    .events=${opts.events ?? EVENTS}></hk-event-calendar>`);
  return settle(el);
}

async function press(el: Cal, key: string, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await settle(el);
}

describe('<hk-event-calendar> keyboard', () => {
  describe('month grid (APG grid, date-picker keys)', () => {
    // Friday 27 November 2026; the week around it by locale week start (CLDR) or first-day.
    const weeks: [string, { locale: string; firstDay?: number }, string, string][] = [
      ['en (Sunday first)', { locale: 'en' }, '2026-11-22', '2026-11-28'],
      ['zh-Hans (Monday first)', { locale: 'zh-Hans' }, '2026-11-23', '2026-11-29'],
      ['zh-Hant-HK (Sunday first)', { locale: 'zh-Hant-HK' }, '2026-11-22', '2026-11-28'],
      ['first-day="6" (Saturday first)', { locale: 'en', firstDay: 6 }, '2026-11-21', '2026-11-27'],
    ];
    for (const [name, opts, home, end] of weeks) {
      it(`should move Home/End to the first/last day of the week: ${name}`, async () => {
        const el = await calendar(opts);
        dayButton(el, '2026-11-27').focus();
        await press(el, 'Home');
        expect(focusedDay(el)).to.equal(home);
        await press(el, 'End');
        expect(focusedDay(el)).to.equal(end);
        expect(el.getAttribute('date')).to.equal(end);
      });
    }

    it('should cross month boundaries with the arrows and announce the new month', async () => {
      const el = await calendar({ date: '2026-11-30' });
      dayButton(el, '2026-11-30').focus();
      setTimeout(() => void sendKeys({ press: 'ArrowRight' }));
      const change = await oneEvent(el, 'hk-date-change');
      expect(change).to.be.instanceOf(HkDateChangeEvent);
      expect(change.detail.date).to.equal('2026-12-01');
      await settle(el);
      expect(focusedDay(el)).to.equal('2026-12-01');
      expect($(el, '.title')!.textContent).to.equal('December 2026');
      expect($(el, '[role="status"]')!.textContent).to.equal('December 2026: 1 event');
      await press(el, 'ArrowLeft');
      expect(focusedDay(el)).to.equal('2026-11-30');
      expect($(el, '[role="status"]')!.textContent).to.equal('November 2026: 2 events');
      await press(el, 'ArrowUp');
      expect(focusedDay(el)).to.equal('2026-11-23');
      // 1 November 2026 is a Sunday: ArrowUp from 7 November leaves the month backwards.
      dayButton(el, '2026-11-01').focus();
      await press(el, 'ArrowUp');
      expect(focusedDay(el)).to.equal('2026-10-25');
      expect($(el, '.title')!.textContent).to.equal('October 2026');
    });

    it('should move by month and year with (Shift+)PageUp/PageDown, clamping to the month’s last day', async () => {
      const el = await calendar({ date: '2027-03-31' });
      dayButton(el, '2027-03-31').focus();
      await press(el, 'PageUp');
      expect(focusedDay(el)).to.equal('2027-02-28');
      await press(el, 'PageUp', true);
      expect(focusedDay(el)).to.equal('2026-02-28');
      expect($(el, '.title')!.textContent).to.equal('February 2026');
      await press(el, 'PageDown', true);
      await press(el, 'PageDown');
      expect(focusedDay(el)).to.equal('2027-03-28');
      // 29 February 2028 (leap) → Shift+PageDown → 28 February 2029.
      el.date = '2028-02-29';
      await settle(el);
      dayButton(el, '2028-02-29').focus();
      await press(el, 'PageDown', true);
      expect(focusedDay(el)).to.equal('2029-02-28');
      expect($$(el, '.day__btn[tabindex="0"]')).to.have.length(1);
    });

    it('should show a visible focus ring on the day reached by keyboard', async () => {
      const el = await calendar();
      dayButton(el, '2026-11-27').focus();
      await press(el, 'ArrowRight');
      const ring = getComputedStyle(focused(el)!);
      expect(focused(el)!.matches(':focus-visible')).to.equal(true);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    });

    it('should open the day panel with Space too, moving focus to its heading', async () => {
      const el = await calendar();
      dayButton(el, '2026-11-27').focus();
      await press(el, ' ');
      expect(focused(el)?.id).to.equal('panel-title');
      expect(focused(el)!.textContent).to.include('27 November 2026');
      expect($(el, 'td[data-day="2026-11-27"]')!.getAttribute('aria-selected')).to.equal('true');
      // The panel lists the day's events as real buttons, in the tab order after the heading.
      await press(el, 'Tab');
      expect(focused(el)?.dataset.key).to.equal('ev-lecture');
    });

    it('should leave the grid with Tab and come back to the same day with Shift+Tab', async () => {
      const el = await calendar();
      dayButton(el, '2026-11-27').focus();
      await press(el, 'ArrowLeft');
      await press(el, 'Tab');
      const after = focused(el)!;
      expect(after.closest('table'), 'focus left the grid').to.equal(null);
      expect(after.getAttribute('part')).to.equal('download');
      await press(el, 'Tab', true);
      expect(focused(el)).to.equal(dayButton(el, '2026-11-26'));
      // Into the grid from before it: the toolbar's last control, then Tab lands on the one roving day.
      $$<HTMLButtonElement>(el, '[part="view-button"]')[2]!.focus();
      await press(el, 'Tab'); // the filters button
      await press(el, 'Tab'); // the search field
      await press(el, 'Tab');
      expect(focused(el)).to.equal(dayButton(el, '2026-11-26'));
    });

    it('should reach every event behind "+N more" from the keyboard (Enter → day list → event)', async () => {
      const el = await calendar({ events: generateEvents(400, '2026-11', 5) });
      const day = $(el, '.more')!.dataset.more!;
      const total = Number(/(\d+) events/.exec(dayButton(el, day).getAttribute('aria-label')!)![1]);
      const chips = $$(el, `td[data-day="${day}"] .ev`).length;
      expect(total).to.be.greaterThan(chips);
      dayButton(el, '2026-11-27').focus();
      // Walk there with arrows (as a keyboard user would), then open the day.
      const steps = (Date.parse(day) - Date.parse('2026-11-27')) / 86_400_000;
      for (let i = 0; i < Math.abs(steps); i++) await sendKeys({ press: steps > 0 ? 'ArrowRight' : 'ArrowLeft' });
      await settle(el);
      expect(focusedDay(el)).to.equal(day);
      await press(el, 'Enter');
      expect(focused(el)?.id).to.equal('panel-title');
      const listed = $$(el, '.panel .item').length;
      expect(listed).to.equal(Math.min(total, 50));
      const more = $<HTMLButtonElement>(el, '.panel [part="more-button"]');
      if (total > 50) {
        more!.focus();
        await press(el, 'Enter');
        expect($$(el, '.panel .item').length).to.equal(Math.min(total, 150));
      }
      const last = $$<HTMLButtonElement>(el, '.panel .item button').at(-1)!;
      last.focus();
      const selected = oneEvent(el, 'hk-event-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.key).to.equal(last.dataset.key);
    });
  });

  describe('details dialog', () => {
    for (const view of ['month', 'week', 'upcoming']) {
      it(`should trap focus, close on Escape and return focus: ${view}`, async () => {
        const el = await calendar({ view });
        let invoker: HTMLButtonElement;
        if (view === 'month') {
          dayButton(el, '2026-11-27').focus();
          await press(el, 'Enter');
          invoker = $<HTMLButtonElement>(el, '.panel button[data-key="ev-expo"]')!;
        } else {
          invoker = $<HTMLButtonElement>(el, 'button[data-key="ev-expo"]')!;
        }
        invoker.focus();
        const selected = oneEvent(el, 'hk-event-select');
        await sendKeys({ press: 'Enter' });
        const ev = await selected;
        expect(ev).to.be.instanceOf(HkEventSelectEvent);
        expect(ev.detail).to.include({ key: 'ev-expo', start: Date.parse('2026-11-27T14:00:00+08:00'), end: Date.parse('2026-11-27T16:30:00+08:00') });
        expect(ev.detail.event.id).to.equal('ev-expo');
        await settle(el);
        const dialog = $<HTMLDialogElement>(el, 'dialog')!;
        expect(dialog.open).to.equal(true);
        expect(dialog.matches(':modal')).to.equal(true);
        // The page behind does not scroll while the dialog is open (its scrollbar's room is kept).
        expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
        const stops = [...dialog.querySelectorAll<HTMLElement>('a[href], button, input')].length;
        expect(stops).to.be.greaterThan(3);
        // Forwards and backwards past both ends: focus never leaves the dialog.
        for (let i = 0; i < stops + 2; i++) {
          await sendKeys({ press: 'Tab' });
          expect(dialog.contains(focused(el)), `Tab ${i + 1} stays in the dialog`).to.equal(true);
        }
        await sendKeys({ down: 'Shift' });
        for (let i = 0; i < stops + 2; i++) {
          await sendKeys({ press: 'Tab' });
          expect(dialog.contains(focused(el)), `Shift+Tab ${i + 1} stays in the dialog`).to.equal(true);
        }
        await sendKeys({ up: 'Shift' });
        await press(el, 'Escape');
        expect(dialog.open).to.equal(false);
        expect(document.documentElement.style.overflow).to.equal('');
        // Moved while open (removed and added again), the dialog closes rather than coming back open but not modal.
        invoker.click();
        await settle(el);
        expect(dialog.open).to.equal(true);
        const parent = el.parentElement!;
        const box = document.createElement('div');
        parent.append(box);
        box.append(el);
        await settle(el);
        expect(dialog.open).to.equal(false);
        invoker.click();
        await settle(el);
        expect([dialog.open, dialog.matches(':modal')]).to.deep.equal([true, true]);
        dialog.close();
        expect(focused(el)).to.equal($(el, view === 'month' ? '.panel button[data-key="ev-expo"]' : 'button[data-key="ev-expo"]'));
      });
    }
  });

  describe('chips', () => {
    it('should make a clicked chip’s day the grid’s focused day, where focus returns when the dialog closes', async () => {
      const events = [...EVENTS, makeEvent({ id: 'ev-3', start: '2026-11-03T09:00:00+08:00', end: '2026-11-03T10:00:00+08:00' })];
      const el = await calendar({ events });
      expect(dayButton(el, '2026-11-27').tabIndex).to.equal(0);
      $(el, 'td[data-day="2026-11-03"] .ev[data-key="ev-3"]')!.click();
      await settle(el);
      await press(el, 'Escape');
      expect(focused(el)).to.equal(dayButton(el, '2026-11-03'));
      expect([dayButton(el, '2026-11-03').tabIndex, dayButton(el, '2026-11-27').tabIndex]).to.deep.equal([0, -1]);
    });
  });

  describe('agenda details disclosure', () => {
    it('should open the details below the event with Enter, keep focus on the button, and close with Enter again', async () => {
      const el = await calendar({ view: 'list' });
      const button = $<HTMLButtonElement>(el, '.agenda button[data-key="ev-expo"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '[part="agenda-details"]')).to.equal(null);
      button.focus();
      const selected = oneEvent(el, 'hk-event-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.key).to.equal('ev-expo');
      await settle(el);
      const details = $(el, '[part="agenda-details"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal(details.id);
      expect(focused(el)).to.equal(button);
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      // The details follow the button in the list item, so Tab reaches its links next.
      expect(button.closest('li')!.contains(details)).to.equal(true);
      expect(details.querySelector('[part="add-to-calendar"] a')).to.exist;
      expect(details.querySelector('[part="close-button"], #dlg-title')).to.equal(null);
      await sendKeys({ press: 'Tab' });
      expect(details.contains(focused(el)) || button.closest('li')!.contains(focused(el))).to.equal(true);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '[part="agenda-details"]')).to.equal(null);
    });

    it('should keep one disclosure open at a time', async () => {
      const el = await calendar({ view: 'list' });
      const buttons = $$<HTMLButtonElement>(el, '.agenda button[aria-expanded]');
      expect(buttons.length).to.be.greaterThan(1);
      buttons[0]!.click();
      await settle(el);
      buttons[1]!.click();
      await settle(el);
      expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(buttons.map((_, i) => String(i === 1)));
      expect($$(el, '[part="agenda-details"]')).to.have.length(1);
    });
  });
});
