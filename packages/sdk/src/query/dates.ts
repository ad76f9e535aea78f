import type { Event } from '../model/index.js';

// Instants for date filters. All-day dates are days in Shanghai/Hong Kong time (UTC+8, no DST), so
// `2026-03-01` starts at 2026-03-01T00:00+08:00 — the same on every server and in every browser.
// Internal module: not exported from the package entry.

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Offset of all-day dates (UTC+8), in minutes. */
const ALL_DAY_OFFSET_MIN = 480;

/** The instant (ms) of an ISO date (its start, UTC+8) or date-time with offset. */
export function instantOf(value: string): number {
  return DATE_ONLY.test(value) ? Date.parse(`${value}T00:00:00+08:00`) : Date.parse(value);
}

/** Start and last instant (inclusive, ms) of a span; `last` is `Infinity` for an unbounded series. */
export interface Span {
  start: number;
  last: number;
}

/**
 * The time an event occupies: from its start to its end (all-day: to the end of its inclusive last
 * day; no end: a timed event is an instant, an all-day event one day). With an `rrule`, the span
 * runs to the end of the series' last possible occurrence (see {@link seriesLastStart}).
 */
export function eventSpan(e: Pick<Event, 'start' | 'end' | 'allDay' | 'rrule'>): Span {
  const start = instantOf(e.start);
  const last = e.allDay ? instantOf(e.end ?? e.start) + DAY_MS - 1 : e.end !== undefined ? Date.parse(e.end) : start;
  if (!e.rrule) return { start, last };
  const lastStart = seriesLastStart(start, e.rrule, e.allDay ? ALL_DAY_OFFSET_MIN : offsetMinutes(e.start), e.allDay);
  return { start, last: lastStart === Infinity ? Infinity : Math.max(last, lastStart + (last - start)) };
}

/** The span of a holiday (one all-day date). */
export function daySpan(date: string): Span {
  const start = instantOf(date);
  return { start, last: start + DAY_MS - 1 };
}

/** Offset of an ISO date-time in minutes east of UTC (`Z` → 0). */
function offsetMinutes(dateTime: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(dateTime);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

type Freq = 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY';

/**
 * An upper bound for the start of the last occurrence of an RRULE series whose first occurrence
 * starts at `start` (ms), or `Infinity` when the series may never end.
 *
 * The bound is exact for plain rules (`FREQ=WEEKLY;COUNT=6`, `FREQ=MONTHLY;INTERVAL=2;COUNT=3`) and
 * for `UNTIL`. Rules with BY* parts and a `COUNT` are bounded only where every period is sure to
 * hold an occurrence (weekly by weekday; monthly by weekday with ordinals ±1…±4 or by month-day
 * ±1…±28; daily by weekday); others count as unbounded. Erring long is deliberate: a filter may
 * show a series that turns out not to touch the range, never hide one that does.
 */
export function seriesLastStart(start: number, rrule: string, offsetMin: number, allDay = false): number {
  const parts = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts.set(part.slice(0, eq).toUpperCase(), part.slice(eq + 1));
  }
  const freq = parts.get('FREQ') as Freq | undefined;
  if (freq !== 'YEARLY' && freq !== 'MONTHLY' && freq !== 'WEEKLY' && freq !== 'DAILY') return Infinity;
  const interval = Math.max(1, Number.parseInt(parts.get('INTERVAL') ?? '1', 10) || 1);
  let bound = Infinity;

  const until = parts.get('UNTIL');
  if (until !== undefined) {
    const u = untilInstant(until, offsetMin, allDay);
    if (u !== undefined) bound = Math.max(start, u);
  }

  const countText = parts.get('COUNT');
  if (countText !== undefined && /^\d+$/.test(countText)) {
    const count = Math.max(1, Number(countText));
    bound = Math.min(bound, countBound(start, freq, interval, count, parts, offsetMin));
  }
  return bound;
}

function countBound(start: number, freq: Freq, interval: number, count: number, parts: Map<string, string>, offsetMin: number): number {
  const by = [...parts.keys()].filter((k) => k.startsWith('BY'));
  const local = new Date(start + offsetMin * 60_000);
  const dayOfMonth = local.getUTCDate();
  const steps = (count - 1) * interval;

  if (by.length === 0) {
    switch (freq) {
      case 'DAILY':
        return start + steps * DAY_MS;
      case 'WEEKLY':
        return start + steps * 7 * DAY_MS;
      case 'MONTHLY':
        // Months without this day are skipped (RFC 5545): with day 29–31 monthly, at least every
        // second month has it; with a longer interval the series may never recur.
        if (dayOfMonth <= 28) return addMonths(start, steps, offsetMin);
        return interval === 1 ? addMonths(start, 2 * steps, offsetMin) : Infinity;
      case 'YEARLY':
        if (!(local.getUTCMonth() === 1 && dayOfMonth === 29)) return addMonths(start, 12 * steps, offsetMin);
        return interval === 1 ? addMonths(start, 12 * 8 * steps, offsetMin) : Infinity;
    }
  }

  const only = (allowed: readonly string[]) => by.every((k) => allowed.includes(k));
  const byDay = (parts.get('BYDAY') ?? '').split(',').filter(Boolean);
  const plainWeekdays = byDay.length > 0 && byDay.every((d) => /^(?:MO|TU|WE|TH|FR|SA|SU)$/.test(d));
  // A generous bound of `count` whole periods (the first one holds the first occurrence).
  if (freq === 'WEEKLY' && only(['BYDAY']) && plainWeekdays) return start + count * interval * 7 * DAY_MS;
  if (freq === 'DAILY' && interval === 1 && only(['BYDAY']) && plainWeekdays) return start + count * 7 * DAY_MS;
  if (freq === 'MONTHLY') {
    const everyMonthDay = byDay.length > 0 && byDay.every((d) => /^(?:[+-]?[1-4])?(?:MO|TU|WE|TH|FR|SA|SU)$/.test(d));
    const monthDays = (parts.get('BYMONTHDAY') ?? '').split(',').filter(Boolean);
    const everyMonthMonthDay = monthDays.length > 0 && monthDays.every((d) => /^[+-]?\d+$/.test(d) && Math.abs(Number(d)) >= 1 && Math.abs(Number(d)) <= 28);
    if ((only(['BYDAY']) && everyMonthDay) || (only(['BYMONTHDAY']) && everyMonthMonthDay)) {
      return addMonths(start, (count + 1) * interval, offsetMin);
    }
  }
  return Infinity;
}

/** Adds calendar months in the event's local time (overflowing days roll forward: an upper bound). */
function addMonths(instant: number, months: number, offsetMin: number): number {
  const d = new Date(instant + offsetMin * 60_000);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime() - offsetMin * 60_000;
}

/**
 * UNTIL as an instant: `YYYYMMDDTHHMMSSZ`, floating local time, or `YYYYMMDD` (all-day series: that
 * day's start, when its occurrences start; timed series, leniently: the whole day).
 */
function untilInstant(value: string, offsetMin: number, allDay: boolean): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, z] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  if (h === undefined) return utc - offsetMin * 60_000 + (allDay ? 0 : DAY_MS - 1);
  return z ? utc : utc - offsetMin * 60_000;
}
