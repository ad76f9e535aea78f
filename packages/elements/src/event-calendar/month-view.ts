import { html, nothing, type TemplateResult } from 'lit';
import { LANG } from './format.js';
import type { MonthItem, MonthWeek } from './layout.js';
import type { DayKey } from './time.js';
import { eventClass, holidayLabels, titleOf, type ViewContext } from './view-context.js';

/** Inputs of {@link renderMonth}. */
export interface MonthViewModel {
  weeks: readonly MonthWeek[];
  /** `YYYY-MM` of the month shown; other days are greyed. */
  month: string;
  focusDay: DayKey;
  selectedDay: DayKey | undefined;
  /** Lanes of chips per week; "+N more" sits in the lane below them. */
  maxLanes: number;
  /** Id of the element naming the grid (the toolbar title). */
  labelledBy: string;
}

// The APG grid: one roving-tabindex button per day carries the day's full name; event chips are
// aria-hidden pointer shortcuts (the day panel lists the same events as real buttons). Multi-day bars
// are absolutely positioned from their first cell and span `s<n>` columns in lane `l<n>`, so the DOM
// stays at ≤ 7 × (lanes + 1) chips per week whatever the event count.
export function renderMonth(ctx: ViewContext, vm: MonthViewModel): TemplateResult {
  const { fmt, s, today } = ctx;
  // Chips inherit the calendar's `lang`; only a title in another language needs its own attribute.
  const uiLang = LANG[ctx.locale];
  const header = vm.weeks[0]?.days ?? [];
  return html`<table role="grid" class="grid" part="grid" aria-labelledby=${vm.labelledBy}>
    <thead>
      <tr>
        ${header.map((d) => html`<th scope="col" part="weekday" abbr=${fmt.weekday(d, 'long')}>${fmt.weekday(d, 'short')}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${vm.weeks.map((week) => {
        const byCol: MonthItem[][] = [[], [], [], [], [], [], []];
        for (const item of week.items) byCol[item.startCol]?.push(item);
        return html`<tr>
          ${week.cells.map((cell) => {
            const day = cell.day;
            const extras = holidayLabels(ctx, day);
            const label = s.dayLabel(fmt.day(day), cell.total, extras);
            const h = ctx.holidays?.get(day);
            const cls = `day${day.slice(0, 7) === vm.month ? '' : ' is-out'}${day === today ? ' is-today' : ''}${
              h?.holidays.length ? ' is-holiday' : ''}${h?.makeup.length ? ' is-makeup' : ''}`;
            return html`<td part="day" class=${cls} data-day=${day} aria-selected=${day === vm.selectedDay ? 'true' : 'false'}>
              <button part="day-button" class="day__btn" tabindex=${day === vm.focusDay ? 0 : -1} aria-label=${label}
                aria-current=${day === today ? 'date' : nothing}>${+day.slice(8)}</button>
              ${extras.length ? html`<span part="holiday" class="day__hol" aria-hidden="true" title=${extras.join(' · ')}>${extras[0]}</span>` : nothing}
              <div class="day__ev" aria-hidden="true">
                ${byCol[cell.col]?.map((it) => {
                  const t = titleOf(ctx, it.event);
                  const time = it.bar || it.event.allDay || it.continuesBefore ? '' : `${fmt.time(it.event.start)} `;
                  // One attribute and one text binding per chip: a month draws up to 7 × 6 × lanes of them.
                  return html`<div part="event" class=${`ev l${it.lane} s${it.span}${it.bar ? ' bar' : ''}${
                    it.continuesBefore ? ' cb' : ''}${it.continuesAfter ? ' ca' : ''} ${eventClass(it.event)}`} data-key=${it.key}
                    lang=${t.lang === uiLang ? nothing : t.lang}>${time + t.text}</div>`;
                })}
                ${cell.moreCount > 0 ? html`<div part="more" class="more l${vm.maxLanes}" data-more=${day}>${s.more(cell.moreCount)}</div>` : nothing}
              </div>
            </td>`;
          })}
        </tr>`;
      })}
    </tbody>
  </table>`;
}
