import type { CalendarEvent } from './normalize.js';
import {
  addDays, dayFromNumber, dayNumber, dayOfWeek, daysInMonth, diffDays, formatDay, parseDay, startOfZonedDay, zonedDay,
  zonedParts, zonedWallTime, type DayKey, type TimeRange,
} from './time.js';

// RRULE expansion for events from the API, a dataset or the `events` property (ICS feeds use ical.js's
// own expansion instead). Occurrences repeat at the same wall-clock time in the event's own zone, so a
// 09:30 New York lecture stays at 09:30 across daylight saving.

/** The supported subset of an RFC 5545 RRULE. */
export interface ParsedRrule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  /** @default 1 */
  interval: number;
  count?: number;
  /** Last allowed start: an instant (`…Z` or floating in the event zone) or, for a date, that whole day. */
  until?: { day: DayKey; time?: { hour: number; minute: number; second: number }; utc: boolean };
  /** Weekdays (0 = Sunday), with an ordinal for MONTHLY/YEARLY (`2TU` → nth 2, `-1FR` → nth −1). */
  byDay?: { weekday: number; nth?: number }[];
  /** Days of the month, negative from the end (`-1` = last day). */
  byMonthDay?: number[];
  /** Months 1–12. */
  byMonth?: number[];
  /** Week start for WEEKLY with INTERVAL > 1. @default 1 (Monday) */
  wkst: number;
}

/** At most this many occurrences of one event are produced for a range, so a runaway rule can't stall the page. */
export const MAX_OCCURRENCES = 1000;
// Periods walked per event at most (e.g. a DAILY rule with COUNT must walk from its first day).
const MAX_PERIODS = 200_000;

const WEEKDAYS: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const FREQS = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

/**
 * Parses an RRULE value (without the `RRULE:` prefix). Returns `undefined` for an unsupported or
 * malformed rule (the event is then shown once, at its own start).
 *
 * @example
 * ```ts
 * parseRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=8');
 * // { freq: 'WEEKLY', interval: 2, count: 8, byDay: [{ weekday: 2 }, { weekday: 4 }], wkst: 1 }
 * ```
 */
export function parseRrule(value: string): ParsedRrule | undefined {
  const fields = new Map<string, string>();
  for (const part of value.replace(/^RRULE:/i, '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    fields.set(part.slice(0, eq).toUpperCase(), part.slice(eq + 1).toUpperCase());
  }
  const freq = fields.get('FREQ');
  if (!freq || !FREQS.has(freq)) return undefined;
  const rule: ParsedRrule = { freq: freq as ParsedRrule['freq'], interval: 1, wkst: 1 };
  const interval = fields.get('INTERVAL');
  if (interval !== undefined) {
    const n = Number(interval);
    if (!Number.isInteger(n) || n < 1) return undefined;
    rule.interval = n;
  }
  const count = fields.get('COUNT');
  if (count !== undefined) {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1) return undefined;
    rule.count = n;
  }
  const until = fields.get('UNTIL');
  if (until !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(until.replace(/[-:]/g, ''));
    if (!m) return undefined;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    try {
      parseDay(day);
    } catch {
      return undefined;
    }
    rule.until = { day, utc: m[7] === 'Z' };
    if (m[4] !== undefined) rule.until.time = { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6]) };
  }
  const byDay = fields.get('BYDAY');
  if (byDay !== undefined) {
    const days: { weekday: number; nth?: number }[] = [];
    for (const token of byDay.split(',')) {
      const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(token);
      if (!m) return undefined;
      const entry: { weekday: number; nth?: number } = { weekday: WEEKDAYS[m[2]!]! };
      if (m[1] !== undefined) {
        const nth = Number(m[1]);
        if (nth === 0 || Math.abs(nth) > 53) return undefined;
        entry.nth = nth;
      }
      days.push(entry);
    }
    rule.byDay = days;
  }
  const byMonthDay = fields.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    const days = byMonthDay.split(',').map(Number);
    if (days.some((d) => !Number.isInteger(d) || d === 0 || Math.abs(d) > 31)) return undefined;
    rule.byMonthDay = days;
  }
  const byMonth = fields.get('BYMONTH');
  if (byMonth !== undefined) {
    const months = byMonth.split(',').map(Number);
    if (months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) return undefined;
    rule.byMonth = months;
  }
  const wkst = fields.get('WKST');
  if (wkst !== undefined) {
    const w = WEEKDAYS[wkst];
    if (w === undefined) return undefined;
    rule.wkst = w;
  }
  return rule;
}

/**
 * The occurrences of a recurring event that overlap `range`, as {@link CalendarEvent}s keyed
 * `${id}@${start ms}` (all-day: `${id}@${YYYY-MM-DD}`) with `occurrenceStart` set. A non-recurring event
 * (or one with a rule this module can't read) comes back as `[ce]` unchanged. At most `max` occurrences.
 *
 * @example
 * ```ts
 * expandRecurrence(weeklyLecture, { from: march1, to: april1 }, 'Asia/Shanghai').length; // 4 or 5
 * ```
 */
export function expandRecurrence(ce: CalendarEvent, range: TimeRange, zone: string, max = MAX_OCCURRENCES): CalendarEvent[] {
  const value = ce.event.rrule;
  if (!value) return [ce];
  const rule = parseRrule(value);
  if (!rule) return [ce];
  return ce.allDay ? expandAllDay(ce, rule, range, zone, max) : expandTimed(ce, rule, range, zone, max);
}

/**
 * Expands every recurring event of a list for a range; non-recurring events pass through (as the same
 * objects). Returns the input array itself when nothing recurs, so callers can memoize on identity.
 */
export function expandAll(events: readonly CalendarEvent[], range: TimeRange, zone: string, max = MAX_OCCURRENCES): CalendarEvent[] {
  let recurring = false;
  for (const ce of events) {
    if (ce.event.rrule) {
      recurring = true;
      break;
    }
  }
  if (!recurring) return events as CalendarEvent[];
  const out: CalendarEvent[] = [];
  for (const ce of events) {
    if (!ce.event.rrule) out.push(ce);
    else for (const occ of expandRecurrence(ce, range, zone, max)) out.push(occ);
  }
  return out;
}

function expandTimed(ce: CalendarEvent, rule: ParsedRrule, range: TimeRange, zone: string, max: number): CalendarEvent[] {
  const eventZone = ce.event.timeZone;
  const wall = zonedParts(ce.start, eventZone);
  const firstDay = formatDay(wall.year, wall.month, wall.day);
  const duration = ce.end - ce.start;
  const untilMs = rule.until ? untilInstant(rule.until, eventZone) : Infinity;
  const out: CalendarEvent[] = [];
  // Skip whole periods that end before the range, unless COUNT needs them counted.
  const durationDays = Math.ceil(duration / 86_400_000) + 1;
  const skipToDay = rule.count === undefined ? zonedDay(range.from, eventZone) : undefined;
  walk(rule, firstDay, skipToDay === undefined ? undefined : addDays(skipToDay, -durationDays - 1), (day) => {
    const p = parseDay(day);
    const start = zonedWallTime(p.year, p.month, p.day, wall.hour, wall.minute, wall.second, eventZone);
    if (start > untilMs) return false;
    if (start >= range.to) return false;
    const end = start + duration;
    if (end > range.from || (end === start && start >= range.from)) {
      const startDay = zonedDay(start, zone);
      const occ: CalendarEvent = {
        ...ce,
        key: `${ce.id}@${start}`,
        start,
        end,
        startDay,
        endDay: end > start ? zonedDay(end - 1, zone) : startDay,
        occurrenceStart: start,
      };
      out.push(occ);
      if (out.length >= max) return false;
    }
    return true;
  });
  return out;
}

function expandAllDay(ce: CalendarEvent, rule: ParsedRrule, range: TimeRange, zone: string, max: number): CalendarEvent[] {
  const spanDays = diffDays(ce.startDay, ce.endDay);
  const untilDay = rule.until?.day;
  const fromDay = zonedDay(range.from, zone);
  const out: CalendarEvent[] = [];
  walk(rule, ce.startDay, rule.count === undefined ? addDays(fromDay, -spanDays - 2) : undefined, (day) => {
    if (untilDay !== undefined && day > untilDay) return false;
    const start = startOfZonedDay(day, zone);
    if (start >= range.to) return false;
    const endDay = addDays(day, spanDays);
    const end = startOfZonedDay(addDays(endDay, 1), zone);
    if (end > range.from) {
      out.push({ ...ce, key: `${ce.id}@${day}`, start, end, startDay: day, endDay, occurrenceStart: start });
      if (out.length >= max) return false;
    }
    return true;
  });
  return out;
}

function untilInstant(until: NonNullable<ParsedRrule['until']>, zone: string): number {
  const p = parseDay(until.day);
  if (!until.time) return zonedWallTime(p.year, p.month, p.day, 23, 59, 59, zone);
  const { hour, minute, second } = until.time;
  return until.utc ? Date.UTC(p.year, p.month - 1, p.day, hour, minute, second) : zonedWallTime(p.year, p.month, p.day, hour, minute, second, zone);
}

// Calls `visit` with each occurrence day in order, from DTSTART (always the first occurrence), until it
// returns false, COUNT is reached or the period cap is hit. `skipTo` lets rules without COUNT start
// near the range instead of at DTSTART.
function walk(rule: ParsedRrule, firstDay: DayKey, skipTo: DayKey | undefined, visit: (day: DayKey) => boolean): void {
  const first = parseDay(firstDay);
  const firstNum = dayNumber(firstDay);
  let emitted = 0;
  const emit = (day: DayKey): boolean => {
    emitted++;
    if (!visit(day)) return false;
    return rule.count === undefined || emitted < rule.count;
  };
  // DTSTART counts as the first occurrence even when the rule wouldn't generate it (RFC 5545 §3.8.5.3).
  if (!emit(firstDay)) return;

  let k0 = 0;
  if (skipTo !== undefined && skipTo > firstDay) {
    const gap = diffDays(firstDay, skipTo);
    const longest = { DAILY: 1, WEEKLY: 7, MONTHLY: 31, YEARLY: 366 }[rule.freq] * rule.interval;
    k0 = Math.max(0, Math.floor(gap / longest) - 1);
  }
  for (let k = k0; k < k0 + MAX_PERIODS; k++) {
    const candidates = periodDays(rule, first, firstNum, k);
    if (candidates === undefined) return;
    for (const day of candidates) {
      if (day <= firstDay) continue;
      if (!emit(day)) return;
    }
  }
}

// The candidate days of period k, sorted; undefined past the supported calendar.
function periodDays(rule: ParsedRrule, first: { year: number; month: number; day: number }, firstNum: number, k: number): DayKey[] | undefined {
  const step = k * rule.interval;
  switch (rule.freq) {
    case 'DAILY': {
      const day = dayFromNumber(firstNum + step);
      return matchesFilters(rule, day) ? [day] : [];
    }
    case 'WEEKLY': {
      const firstDow = (((firstNum + 4) % 7) + 7) % 7;
      const weekStart = firstNum - ((firstDow - rule.wkst + 7) % 7) + step * 7;
      const weekdays = rule.byDay ? rule.byDay.map((d) => d.weekday) : [firstDow];
      const offsets = [...new Set(weekdays.map((w) => (w - rule.wkst + 7) % 7))].sort((a, b) => a - b);
      return offsets.map((o) => dayFromNumber(weekStart + o)).filter((d) => !rule.byMonth || rule.byMonth.includes(parseDay(d).month));
    }
    case 'MONTHLY': {
      const total = first.year * 12 + (first.month - 1) + step;
      const year = Math.floor(total / 12);
      if (year > 9999) return undefined;
      const month = total - year * 12 + 1;
      if (rule.byMonth && !rule.byMonth.includes(month)) return [];
      return monthDays(rule, year, month, first.day);
    }
    case 'YEARLY': {
      const year = first.year + step;
      if (year > 9999) return undefined;
      const months = rule.byMonth ?? [first.month];
      const out: DayKey[] = [];
      for (const month of [...months].sort((a, b) => a - b)) out.push(...monthDays(rule, year, month, first.day));
      return out;
    }
  }
}

// Days of one month matching BYMONTHDAY / BYDAY, or the DTSTART's day of month (skipped when the month
// is too short, as RFC 5545 requires: no Feb 30).
function monthDays(rule: ParsedRrule, year: number, month: number, defaultDay: number): DayKey[] {
  const length = daysInMonth(year, month);
  let byMonthDay: Set<number> | undefined;
  if (rule.byMonthDay) {
    byMonthDay = new Set();
    for (const d of rule.byMonthDay) {
      const day = d > 0 ? d : length + d + 1;
      if (day >= 1 && day <= length) byMonthDay.add(day);
    }
  }
  let byDay: Set<number> | undefined;
  if (rule.byDay) {
    byDay = new Set();
    const firstDow = dayOfWeek(formatDay(year, month, 1));
    for (const { weekday, nth } of rule.byDay) {
      const matches: number[] = [];
      for (let d = 1 + ((weekday - firstDow + 7) % 7); d <= length; d += 7) matches.push(d);
      if (nth === undefined) for (const d of matches) byDay.add(d);
      else {
        const d = matches[nth > 0 ? nth - 1 : matches.length + nth];
        if (d !== undefined) byDay.add(d);
      }
    }
  }
  let days: number[];
  // With both BYMONTHDAY and BYDAY, a day must satisfy both.
  if (byMonthDay && byDay) days = [...byMonthDay].filter((d) => byDay.has(d));
  else if (byMonthDay) days = [...byMonthDay];
  else if (byDay) days = [...byDay];
  else days = defaultDay <= length ? [defaultDay] : [];
  return days.sort((a, b) => a - b).map((d) => formatDay(year, month, d));
}

function matchesFilters(rule: ParsedRrule, day: DayKey): boolean {
  if (rule.byMonth && !rule.byMonth.includes(parseDay(day).month)) return false;
  if (rule.byDay && !rule.byDay.some((d) => d.weekday === dayOfWeek(day))) return false;
  if (rule.byMonthDay) {
    const { year, month, day: d } = parseDay(day);
    const length = daysInMonth(year, month);
    if (!rule.byMonthDay.some((m) => (m > 0 ? m : length + m + 1) === d)) return false;
  }
  return true;
}
