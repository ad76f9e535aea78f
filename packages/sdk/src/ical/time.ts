import type { Event } from '../model/index.js';

// Date arithmetic for calendar output. Everything works on epoch milliseconds or on `YYYY-MM-DD`
// strings, never on the host's local time zone, so output is the same on every machine.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Zones written with `TZID` and an embedded VTIMEZONE. Both have been a fixed UTC+8 without daylight
 * saving since 1991 (Shanghai) and 1979 (Hong Kong), so one STANDARD rule describes them.
 */
export const FIXED_ZONES: Readonly<Record<string, { offsetMinutes: number; tzName: string }>> = {
  'Asia/Shanghai': { offsetMinutes: 480, tzName: 'CST' },
  'Asia/Hong_Kong': { offsetMinutes: 480, tzName: 'HKT' },
};

/** Default length of a timed event with no stated end, for the add-to-calendar links. */
export const DEFAULT_LINK_DURATION_MS = HOUR_MS;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Parses an ISO date-time with offset into epoch milliseconds; throws on garbage. */
export function instant(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`Invalid date-time: ${value}`);
  return ms;
}

/** `YYYYMMDDTHHMMSSZ` for an instant (seconds truncated, as iCalendar has no fractions). */
export function utcBasic(ms: number): string {
  return `${wallBasic(ms, 0)}Z`;
}

/** `YYYYMMDDTHHMMSS` wall time at a fixed offset from UTC. */
export function wallBasic(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

/** `YYYY-MM-DDTHH:MM:SSZ` for an instant (seconds truncated). */
export function utcExtended(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Invalid date: ${date}`);
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` → `YYYYMMDD`. */
export function dateBasic(date: string): string {
  return date.replace(/-/g, '');
}

/** The first day and the day after the last day (`YYYY-MM-DD`) of an all-day event. */
export function allDayRange(event: Event): { start: string; endExclusive: string } {
  return { start: event.start, endExclusive: addDays(event.end ?? event.start, 1) };
}

/** Start and end instants of a timed event; `end` is undefined when the event states none. */
export function timedRange(event: Event): { start: number; end: number | undefined } {
  return { start: instant(event.start), end: event.end === undefined ? undefined : instant(event.end) };
}
