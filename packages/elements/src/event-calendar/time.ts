// Zone and calendar-day arithmetic for the calendar, with `Intl` only (no date library).
//
// Days are `DayKey` strings (`YYYY-MM-DD`, proleptic Gregorian): they sort as text, work as Map keys
// and never drift with the machine's zone. Instants are epoch milliseconds. Every hot path is
// memoized: offsets per zone and UTC day, day keys per day number, so bucketing 10,000 events costs a
// few map look-ups each rather than an `Intl` call each.

/** A calendar day as `YYYY-MM-DD`. */
export type DayKey = string;

/** A half-open interval of instants, `[from, to)`, in epoch milliseconds. */
export interface TimeRange {
  from: number;
  to: number;
}

/** The display zone when none is configured: Shanghai and Hong Kong time (UTC+8, no daylight saving). */
export const DEFAULT_ZONE = 'Asia/Shanghai';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---------------------------------------------------------------------------------------------
// Zones

const validity = new Map<string, boolean>();
const FIXED_UTC = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);
// Zones at UTC+8 without daylight saving since 1992 (their offsets are computed without Intl).
const UTC8_ZONES = new Set(['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Singapore', 'Etc/GMT-8', 'PRC', 'Hongkong']);
const UTC8_SINCE = Date.UTC(1992, 0, 1);
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Whether `Intl` knows the IANA zone name (`Asia/Hong_Kong`, `America/New_York`, `UTC`).
 *
 * @example
 * ```ts
 * isValidTimeZone('Asia/Shanghai'); // true
 * isValidTimeZone('Mars/Olympus');  // false
 * ```
 */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.trim() === '') return false;
  if (FIXED_UTC.has(zone) || UTC8_ZONES.has(zone)) return true;
  let known = validity.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    validity.set(zone, known);
  }
  return known;
}

/** The browser's own zone as `Intl` resolves it (falls back to {@link DEFAULT_ZONE}). */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_ZONE;
  } catch {
    return DEFAULT_ZONE;
  }
}

/**
 * Resolves a `time-zone` attribute: empty → {@link DEFAULT_ZONE}; `local` → the visitor's zone; a
 * valid IANA name → itself; anything else → the default zone, with `invalid` holding the bad value
 * so the element can warn once.
 *
 * @example
 * ```ts
 * resolveTimeZone(null);              // { zone: 'Asia/Shanghai' }
 * resolveTimeZone('local');           // { zone: 'Europe/Berlin' } (the visitor's)
 * resolveTimeZone('Mars/Olympus');    // { zone: 'Asia/Shanghai', invalid: 'Mars/Olympus' }
 * ```
 */
export function resolveTimeZone(attr: string | null | undefined): { zone: string; invalid?: string } {
  const value = (attr ?? '').trim();
  if (value === '') return { zone: DEFAULT_ZONE };
  if (value.toLowerCase() === 'local') return { zone: localTimeZone() };
  if (isValidTimeZone(value)) return { zone: value };
  return { zone: DEFAULT_ZONE, invalid: value };
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

// Offset in minutes at one instant, straight from Intl (slow path).
function rawOffset(zone: string, ms: number): number {
  const seconds = Math.floor(ms / 1000) * 1000;
  let y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0;
  for (const part of formatter(zone).formatToParts(seconds)) {
    switch (part.type) {
      case 'year': y = Number(part.value); break;
      case 'month': mo = Number(part.value); break;
      case 'day': d = Number(part.value); break;
      case 'hour': h = Number(part.value) % 24; break;
      case 'minute': mi = Number(part.value); break;
      case 'second': s = Number(part.value); break;
    }
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  return Math.round((wall - seconds) / MINUTE_MS);
}

// Per zone and UTC day number: the offset for the whole day, or, on the rare day it changes, the
// transition (found once by bisection) with the offsets before and after it.
type DayOffset = number | { at: number; before: number; after: number };
const dayOffsets = new Map<string, Map<number, DayOffset>>();

function dayOffset(zone: string, dayNum: number): DayOffset {
  const start = dayNum * DAY_MS;
  const before = rawOffset(zone, start);
  const after = rawOffset(zone, start + DAY_MS - 1000);
  if (before === after) return before;
  // Bisect to the second: the first instant with the later offset.
  let lo = start;
  let hi = start + DAY_MS - 1000;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (rawOffset(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return { at: hi, before, after };
}

/**
 * The zone's offset from UTC in minutes at an instant (`480` for UTC+8, `-240` for New York in summer).
 * Memoized per zone and UTC day.
 */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  if (FIXED_UTC.has(zone)) return 0;
  // UTC+8 without daylight saving since 1992 (Shanghai's last DST ended in Sept 1991): no Intl needed,
  // which spares the default zone the first-formatter cost (tens of ms on a cold page).
  if (ms >= UTC8_SINCE && UTC8_ZONES.has(zone)) return 480;
  let days = dayOffsets.get(zone);
  if (!days) {
    days = new Map();
    dayOffsets.set(zone, days);
  }
  const dayNum = Math.floor(ms / DAY_MS);
  let offset = days.get(dayNum);
  if (offset === undefined) {
    offset = dayOffset(zone, dayNum);
    days.set(dayNum, offset);
  }
  if (typeof offset === 'number') return offset;
  return ms < offset.at ? offset.before : offset.after;
}

/** Wall-clock fields of an instant in a zone. */
export interface ZonedParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Offset from UTC in minutes at that instant. */
  offsetMinutes: number;
}

/**
 * The wall-clock fields of an instant in a zone.
 *
 * @example
 * ```ts
 * zonedParts(Date.parse('2026-03-14T06:30:00Z'), 'Asia/Shanghai'); // { year: 2026, month: 3, day: 14, hour: 14, minute: 30, … }
 * ```
 */
export function zonedParts(ms: number, zone: string): ZonedParts {
  const offsetMinutes = zoneOffsetMinutes(zone, ms);
  const local = new Date(ms + offsetMinutes * MINUTE_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
    offsetMinutes,
  };
}

/**
 * The calendar day of an instant in a zone, as `YYYY-MM-DD`. Memoized: safe to call per event.
 *
 * @example
 * ```ts
 * zonedDay(Date.parse('2026-03-14T17:00:00Z'), 'Asia/Shanghai'); // '2026-03-15'
 * ```
 */
export function zonedDay(ms: number, zone: string): DayKey {
  const offset = zoneOffsetMinutes(zone, ms);
  return dayKeyOf(Math.floor((ms + offset * MINUTE_MS) / DAY_MS));
}

/**
 * The instant of a wall-clock time in a zone. In a daylight-saving gap the later reading wins
 * (02:30 on a spring-forward night → 03:30); in an overlap, the earlier one.
 *
 * @param month 1–12
 */
export function zonedWallTime(year: number, month: number, day: number, hour: number, minute: number, second: number, zone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let t = wall - zoneOffsetMinutes(zone, wall) * MINUTE_MS;
  const o = zoneOffsetMinutes(zone, t);
  if (wall - o * MINUTE_MS !== t) {
    const t2 = wall - o * MINUTE_MS;
    t = zoneOffsetMinutes(zone, t2) === o ? t2 : Math.max(t, t2);
  }
  return t;
}

// Per zone: day number → the instant that day begins (zones with daylight saving or history only).
const dayStarts = new Map<string, Map<number, number>>();

/**
 * The instant a calendar day begins in a zone (usually 00:00 wall time). Memoized.
 *
 * @example
 * ```ts
 * startOfZonedDay('2026-03-14', 'Asia/Shanghai') === Date.parse('2026-03-13T16:00:00Z'); // true
 * ```
 */
export function startOfZonedDay(day: DayKey, zone: string): number {
  return startOfDayNumber(dayNumber(day), zone);
}

/**
 * {@link startOfZonedDay} for a day number (days since 1970-01-01, see {@link dayNumber}): no day-key
 * string on the way, for per-event hot paths.
 */
export function startOfDayNumber(dayNum: number, zone: string): number {
  const midnightUtc = dayNum * DAY_MS;
  // UTC and UTC+8 zones (since 1992): plain arithmetic, no cache look-up.
  if (FIXED_UTC.has(zone)) return midnightUtc;
  if (midnightUtc >= UTC8_SINCE + DAY_MS && UTC8_ZONES.has(zone)) return midnightUtc - 480 * MINUTE_MS;
  let days = dayStarts.get(zone);
  if (!days) dayStarts.set(zone, (days = new Map()));
  let start = days.get(dayNum);
  if (start === undefined) {
    const d = new Date(midnightUtc);
    start = zonedWallTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 0, 0, 0, zone);
    days.set(dayNum, start);
  }
  return start;
}

/** The instants spanned by the days `[fromDay, toDayExclusive)` in a zone. */
export function dayRangeMs(fromDay: DayKey, toDayExclusive: DayKey, zone: string): TimeRange {
  return { from: startOfZonedDay(fromDay, zone), to: startOfZonedDay(toDayExclusive, zone) };
}

/**
 * A short label of the zone's offset at an instant: `UTC+8`, `UTC−4` (U+2212 minus), `UTC+5:30`, `UTC`.
 *
 * @example
 * ```ts
 * zoneOffsetLabel('Asia/Hong_Kong', Date.now()); // 'UTC+8'
 * ```
 */
export function zoneOffsetLabel(zone: string, ms: number): string {
  const offset = zoneOffsetMinutes(zone, ms);
  if (offset === 0) return 'UTC';
  const sign = offset > 0 ? '+' : '\u2212';
  const abs = Math.abs(offset);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Calendar days (zone-free)

const keyByNum = new Map<number, DayKey>();
const numByKey = new Map<DayKey, number>();

function dayKeyOf(dayNum: number): DayKey {
  let key = keyByNum.get(dayNum);
  if (key === undefined) {
    key = new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
    keyByNum.set(dayNum, key);
  }
  return key;
}

/** Days since 1970-01-01 of a day key. Throws a `RangeError` on a malformed key. */
export function dayNumber(day: DayKey): number {
  let num = numByKey.get(day);
  if (num === undefined) {
    const { year, month, day: d } = parseDay(day);
    num = Math.floor(Date.UTC(year, month - 1, d) / DAY_MS);
    numByKey.set(day, num);
  }
  return num;
}

/** The day key of a day number (days since 1970-01-01). */
export function dayFromNumber(dayNum: number): DayKey {
  return dayKeyOf(dayNum);
}

/** Whether a value is a real calendar day written `YYYY-MM-DD` (`2026-02-30` is not). */
export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const m = DAY_KEY.exec(value);
  if (!m) return false;
  const year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Splits a day key into numbers (month 1–12). Throws a `RangeError` when it is not a real day. */
export function parseDay(day: DayKey): { year: number; month: number; day: number } {
  if (!isDayKey(day)) throw new RangeError(`Expected a day like "2026-03-14", got "${String(day)}"`);
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** Writes a day key (month 1–12); out-of-range values roll over as `Date.UTC` does. */
export function formatDay(year: number, month: number, day: number): DayKey {
  return dayKeyOf(Math.floor(Date.UTC(year, month - 1, day) / DAY_MS));
}

/** Number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `n` days after (or before, when negative) a day. */
export function addDays(day: DayKey, n: number): DayKey {
  return dayKeyOf(dayNumber(day) + n);
}

/** The same day `n` months later, clamped to the month's end (`2026-01-31` + 1 → `2026-02-28`). */
export function addMonths(day: DayKey, n: number): DayKey {
  const { year, month, day: d } = parseDay(day);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return formatDay(y, m, Math.min(d, daysInMonth(y, m)));
}

/** Whole days from `a` to `b` (`b − a`). */
export function diffDays(a: DayKey, b: DayKey): number {
  return dayNumber(b) - dayNumber(a);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: DayKey): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** The first day of the week containing `day`, for a week starting on `firstDay` (0 = Sunday). */
export function startOfWeek(day: DayKey, firstDay: number): DayKey {
  const back = (dayOfWeek(day) - normalizeFirstDay(firstDay) + 7) % 7;
  return addDays(day, -back);
}

/** The 7 days of the week containing `day`. */
export function weekDays(day: DayKey, firstDay: number): DayKey[] {
  const start = dayNumber(startOfWeek(day, firstDay));
  return Array.from({ length: 7 }, (_, i) => dayKeyOf(start + i));
}

/**
 * The 42 days (6 weeks) of a month grid: it starts on the week that contains the 1st, with weeks
 * beginning on `firstDay` (0 = Sunday, 1 = Monday …).
 *
 * @param month 1–12
 * @example
 * ```ts
 * monthGrid(2026, 3, 1)[0]; // '2026-02-23' (a Monday)
 * ```
 */
export function monthGrid(year: number, month: number, firstDay: number): DayKey[] {
  const first = formatDay(year, month, 1);
  const start = dayNumber(startOfWeek(first, firstDay));
  return Array.from({ length: 42 }, (_, i) => dayKeyOf(start + i));
}

/** Every day in `[fromDay, toDayExclusive)`. */
export function daysBetween(fromDay: DayKey, toDayExclusive: DayKey): DayKey[] {
  const a = dayNumber(fromDay);
  const b = dayNumber(toDayExclusive);
  const out: DayKey[] = [];
  for (let n = a; n < b; n++) out.push(dayKeyOf(n));
  return out;
}

function normalizeFirstDay(firstDay: number): number {
  const n = Math.trunc(Number(firstDay));
  return Number.isFinite(n) ? ((n % 7) + 7) % 7 : 0;
}
