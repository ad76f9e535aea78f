import { html, nothing, svg, type TemplateResult } from 'lit';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, type Locale } from '@shhk/sdk';
import type { CalendarFormat } from './format.js';
import { text } from './format.js';
import type { HolidayDay } from './holidays.js';
import type { CalendarEvent } from './normalize.js';
import type { CalendarStrings } from './strings.js';
import type { DayKey } from './time.js';

/** What every view renders with (internal to the calendar). */
export interface ViewContext {
  locale: Locale;
  s: CalendarStrings;
  fmt: CalendarFormat;
  /** Today in the display zone. */
  today: DayKey;
  now: number;
  /** The visitor's zone when its clock differs from the display zone, else undefined. */
  visitorZone: string | undefined;
  holidays: ReadonlyMap<DayKey, HolidayDay> | undefined;
}

/** An event's title in the UI locale (or its fallback), with the language it is written in. */
export const titleOf = (ctx: ViewContext, ce: CalendarEvent): { text: string; lang: string } =>
  text(ce.event.title, ctx.locale, ctx.s.untitled);

/** Kind label in the UI locale. */
export const kindLabel = (ctx: ViewContext, ce: CalendarEvent): string =>
  EVENT_KIND_LABELS[ce.event.kind]?.[ctx.locale] ?? ce.event.kind;

/**
 * When an event happens, as seen on `day`: "All day", a time range, or the part of a multi-day event
 * that falls on `day`. Without `day`, multi-day events show their whole span ("7 Nov – 20 Dec").
 */
export function timeText(ctx: ViewContext, ce: CalendarEvent, day?: DayKey): string {
  const { fmt, s } = ctx;
  if (ce.startDay !== ce.endDay) {
    if (!day) return ce.allDay ? fmt.shortDayRange(ce.startDay, ce.endDay) : fmt.shortDateTimeRange(ce.start, ce.end);
    if (ce.allDay) return s.allDay;
    // A timed event over several days: the part of it that falls on `day`.
    if (day !== ce.startDay) return day === ce.endDay ? `– ${fmt.time(ce.end)}` : s.allDay;
    return `${fmt.time(ce.start)} –`;
  }
  if (ce.allDay) return s.allDay;
  return ce.openEnd ? fmt.time(ce.start) : fmt.timeRange(ce.start, ce.end);
}

/** Holiday and make-up-day labels of a day, for names and badges. */
export function holidayLabels(ctx: ViewContext, day: DayKey): string[] {
  const h = ctx.holidays?.get(day);
  if (!h) return [];
  const region = (r: string) => (r === 'mainland' ? ctx.s.regionMainland : ctx.s.regionHongKong);
  const out = h.holidays.map((x) => {
    const name = `${text(x.name, ctx.locale).text}${ctx.s.inRegion(region(x.region))}`;
    return x.status === 'announced' ? name + ctx.s.toBeVerified : name;
  });
  if (h.makeup.length) out.push(ctx.s.makeupWorkday);
  return out;
}

const icon = (d: TemplateResult) =>
  html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${d}</svg>`;

/** Inline icons in currentColor. */
export const ICONS = {
  prev: icon(svg`<path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="2"/>`),
  next: icon(svg`<path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="2"/>`),
  close: icon(svg`<path d="m3 3 10 10M13 3 3 13" stroke="currentColor" stroke-width="2"/>`),
  cancelled: icon(svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="m4 12 8-8" stroke="currentColor" stroke-width="2"/>`),
  postponed: icon(svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 4v4l3 2" fill="none" stroke="currentColor" stroke-width="2"/>`),
  filter: icon(svg`<path d="M2 3h12L9.5 8.5V13l-3 1V8.5z" fill="none" stroke="currentColor" stroke-width="1.5"/>`),
};

/** A visible status badge for postponed, cancelled and tentative events (text plus icon). */
export function statusBadge(ctx: ViewContext, ce: CalendarEvent): TemplateResult | typeof nothing {
  const st = ce.event.status;
  if (st === 'scheduled') return nothing;
  const label = EVENT_STATUS_LABELS[st]?.[ctx.locale] ?? st;
  return html`<span class="status status--${st}" part="status-badge">${st === 'cancelled' ? ICONS.cancelled : ICONS.postponed}${label}</span>`;
}

/** Class names that colour an event by kind and mark its status (`is-cancelled`, `is-postponed`, `is-tentative`). */
export const eventClass = (ce: CalendarEvent): string =>
  `k-${ce.event.kind}${ce.event.status === 'scheduled' ? '' : ` is-${ce.event.status}`}`;
