import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../shared/cssom-style.js';
import { LANG } from './format.js';
import type { WeekBox, WeekLayout, WeekMore } from './layout.js';
import { eventClass, holidayLabels, statusBadge, timeText, titleOf, type ViewContext } from './view-context.js';

/** Most timed events drawn per day; the rest are reached through "+N more" (the list view). */
export const WEEK_DAY_CAP = 60;
/**
 * Most boxes side by side in a day of the time grid, for a calendar `width` px wide: each at least
 * ~72 px, enough for a start time and the first characters of a title (2 at 1,200 px, 3 from ~1,570 px,
 * at most 4). Denser clusters end in a "+N" box (see `weekLayout`).
 */
export function weekColumns(width: number): number {
  return Math.max(2, Math.min(4, Math.floor((width - 56) / 7 / 72)));
}

// Week = a `<section>` per day with an `<h3>` (full date) and lists of event buttons, so it reads
// as headings + lists. At large sizes CSS lays the sections out as columns of a time grid (rows of
// a subgrid: heading, all-day, timed); elsewhere they stack as a short agenda. In the grid an all-day
// or multi-day event is drawn once, in the section of its first day this week, its bar widened over the
// next columns (as the month view's bars); stacked, it is listed under each of its days.
export function renderWeek(
  ctx: ViewContext,
  layout: WeekLayout,
  onMore: (day: string) => void,
  /** Days stacked as lists (small sizes) instead of the columns of a time grid. */
  stacked = false,
  /** The current time as a fraction of today (display zone), for the "now" line in today's column. */
  nowFraction?: number,
): TemplateResult {
  const { fmt, s } = ctx;
  // Visible hours: the events' span (boxes and "+N more" boxes), at least 08:00–18:00.
  let lo = 8;
  let hi = 18;
  for (const boxes of [...layout.timed, ...layout.more]) {
    for (const b of boxes) {
      lo = Math.min(lo, Math.floor(b.top * 24));
      hi = Math.max(hi, Math.ceil((b.top + b.height) * 24));
    }
  }
  const span = hi - lo;
  const pct = (frac: number) => `${(((frac * 24 - lo) / span) * 100).toFixed(3)}%`;
  // A red line across today's column at the current time, when that is within the hours shown.
  const now = !stacked && nowFraction !== undefined && nowFraction * 24 >= lo && nowFraction * 24 <= hi ? { '--_now': pct(nowFraction) } : undefined;
  // A title in the UI's own language needs no element of its own (hundreds of boxes: each element
  // costs layout time, performance goal C9).
  const uiLang = LANG[ctx.locale];
  const title = (t: { text: string; lang: string }) => (t.lang === uiLang ? t.text : html`<span lang=${t.lang}>${t.text}</span>`);
  // Plain properties, not per-box custom properties read through var(): with these the boxes lay out
  // markedly faster (goal C9 in `npm run bench`).
  const place = (box: WeekBox | WeekMore) => stacked ? {} : {
    'inset-block-start': pct(box.top),
    'block-size': `${((box.height * 24) / span) * 100}%`,
    'inset-inline-start': `${(box.column / box.columns) * 100}%`,
    'inline-size': `${100 / box.columns}%`,
  };
  const hours: number[] = [];
  for (let h = lo; h < hi; h++) hours.push(h);
  const allDay = layout.allDay;
  // cssomStyle writes through the CSSOM, which a strict CSP (no 'unsafe-inline' styles) allows; a `style`
  // attribute (a bound one, or Lit's styleMap on first render) would be refused there.
  return html`<div class="week" part="week" style=${cssomStyle({ '--_hours': String(span), '--_lanes': String(allDay.lanes) })}>
    <div class="week__gutter" aria-hidden="true">
      ${hours.map((h) => html`<span>${fmt.hour(h)}</span>`)}
    </div>
    ${layout.days.map((day, col) => {
      const extras = holidayLabels(ctx, day);
      const cell = allDay.cells[col];
      // Stacked, each day lists every all-day or multi-day event over it (as the agenda does); in the grid
      // a bar is drawn once, from its first day.
      const bars = allDay.items.filter((it) => (stacked ? it.startCol <= col && col < it.startCol + it.span : it.startCol === col));
      const boxes = layout.timed[col] ?? [];
      const more = layout.more[col] ?? [];
      const hidden = Math.max(0, boxes.length - WEEK_DAY_CAP) + (cell?.moreCount ?? 0);
      // In the grid, a day under a bar from an earlier day is not empty.
      const covered = bars.length > 0 || (!stacked && allDay.items.some((it) => it.startCol < col && col < it.startCol + it.span));
      return html`<section class="week__day${day === ctx.today ? ' is-today' : ''}${extras.length ? ' is-holiday' : ''}"
        part="week-day" aria-labelledby="wd-${day}">
        <h3 class="week__head" id="wd-${day}" part="day-heading" aria-label=${[fmt.day(day), ...extras].join(', ')}>
          <span class="week__wd">${fmt.weekday(day, 'short')}</span> <span class="week__num">${+day.slice(8)}</span>
          ${extras.length ? html`<span class="week__hol">${extras[0]}</span>` : nothing}
        </h3>
        <div class="week__allrow">
        <ul class="week__all">
          ${bars.map((it) => {
            const t = titleOf(ctx, it.event);
            // Grid: the bar covers `span` columns (each one column box plus the next column's divider).
            const wide = stacked || it.span < 2 ? {} : { 'inline-size': `calc(${it.span} * (100% + var(--_divider-width)) - var(--_divider-width))` };
            return html`<li class="l${it.lane}" style=${cssomStyle(wide)}><button part="event" class="ev ${eventClass(it.event)}${
              it.continuesBefore ? ' cb' : ''}${it.continuesAfter ? ' ca' : ''}" data-key=${it.key}><span class="ev__time">${
              timeText(ctx, it.event)}</span> ${title(t)}${statusBadge(ctx, it.event)}</button></li>`;
          })}
        </ul>
        ${hidden > 0 ? html`<button class="link week__more" part="more" @click=${() => onMore(day)}>${s.more(hidden)}</button>` : nothing}
        ${boxes.length === 0 && !covered ? html`<p class="week__none">${s.dayPanelEmpty}</p>` : nothing}
        </div>
        <ul class="week__timed${now && day === ctx.today ? ' has-now' : ''}" style=${cssomStyle(day === ctx.today && now ? now : {})}>
          ${inStartOrder(boxes.slice(0, WEEK_DAY_CAP), more).map((b) => {
            if (!('key' in b)) {
              // Events too many to draw side by side: "+N more" opens the day's list (as the day's link does).
              const n = b.events.length;
              return html`<li style=${cssomStyle(place(b))}><button part="more" class="week__over" @click=${() => onMore(day)}>${s.more(n)}</button></li>`;
            }
            const t = titleOf(ctx, b.event);
            // Titles wrap only in boxes with room for it (≤ 2 side by side, ≥ 1 h tall): in a narrow one a
            // wrapped title is a column of single characters, and wrapping hundreds costs ~10 ms of layout (C9).
            const wrap = stacked || (b.columns <= 2 && b.height * 24 >= 1);
            const when = timeText(ctx, b.event, day);
            // Whole lines only: the box's text (time and title) gets the lines that fit in it (3em an hour,
            // 0.875em text, 1.4 line height, 0.125em padding; see the styles) and clips at its content box,
            // the title ending in an ellipsis rather than in half a line. A box too short for two lines
            // (under ~45 minutes) puts the start time and the title on one line.
            const em = (b.height * 24 * 3) / 0.875;
            const lines = Math.max(1, Math.floor((em - 0.4) / 1.4));
            const one = !stacked && lines < 2;
            // The padding below makes the content box exactly `lines` high (the box is its time's height less 2 px).
            const top = one ? 0 : 0.125;
            const fit = stacked ? {} : {
              '-webkit-line-clamp': String(one ? 1 : lines - 1),
              'padding-block': `${top}em max(0em, calc(${(em - top - lines * 1.4).toFixed(3)}em - 2px))`,
            };
            // A box sharing its column, or a one-line box, is too narrow for a range, which would be cut to
            // "2:00 – …": show the start; the whole range stays in the button's name.
            // (A timed event over several days already shows a single time per day.)
            const ce = b.event;
            const start = stacked || (b.columns < 2 && !one) || ce.allDay || ce.startDay !== ce.endDay || ce.openEnd ? undefined : fmt.time(ce.start);
            return html`<li style=${cssomStyle({ ...place(b), 'white-space': wrap ? undefined : 'nowrap' })}><button part="event" class="ev${one ? ' ev--one' : ''} ${eventClass(b.event)}" data-key=${b.key} style=${cssomStyle(fit)}>${start === undefined
              ? html`<span class="ev__time">${when}</span>`
              : html`<span class="ev__time" aria-hidden="true">${start}</span><span class="visually-hidden">${when}</span>`} ${title(t)}${statusBadge(ctx, b.event)}</button></li>`;
          })}
        </ul>
      </section>`;
    })}
  </div>`;
}

/** Boxes and "+N more" boxes of one day by start (the sort is stable): the reading order. */
function inStartOrder(boxes: readonly WeekBox[], more: readonly WeekMore[]): (WeekBox | WeekMore)[] {
  return more.length ? [...boxes, ...more].sort((a, b) => a.top - b.top) : (boxes as WeekBox[]);
}
