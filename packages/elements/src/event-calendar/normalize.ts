import { Event, fastAccept, parseLenient } from '@shhk/sdk';
import { addDays, isDayKey, isValidTimeZone, startOfZonedDay, zonedDay, type DayKey } from './time.js';
import { safeHttpUrl } from './links.js';

/**
 * One event (or one occurrence of a recurring event) ready to lay out: the SDK record plus its
 * instants and the days it covers in the display zone.
 */
export interface CalendarEvent {
  /** Unique per occurrence: the event id, or `${id}@${occurrenceStart}` for a recurrence occurrence. */
  key: string;
  /** The event's id. */
  id: string;
  /** Which source it came from (see `sources.ts`). */
  sourceId: string;
  /** The validated SDK record. */
  event: Event;
  /** Start instant, epoch ms. */
  start: number;
  /** End instant, epoch ms, exclusive, `>= start`. */
  end: number;
  allDay: boolean;
  /** First day covered, in the display zone (all-day events: their own date, whatever the zone). */
  startDay: DayKey;
  /** Last day covered, inclusive. */
  endDay: DayKey;
  /** Start of this occurrence (epoch ms), set on occurrences produced by recurrence expansion. */
  occurrenceStart?: number;
  /** A timed event without `end`: shown as one hour (clipped to its day); say "no end time" rather than show one. */
  openEnd?: true;
}

/** Why a record was left out. */
export type SkipReason = 'invalid' | 'invalid-date' | 'end-before-start' | 'unknown-zone' | 'duplicate';

/** A record {@link normalizeEvents} left out, for the visible "N events skipped" note. */
export interface SkippedEvent {
  /** Position in the input list. */
  index: number;
  /** The record's id when it has a string one. */
  id?: string;
  reason: SkipReason;
  sourceId: string;
}

/** Options of {@link normalizeEvents}. */
export interface NormalizeOptions {
  /** Stamped on every result (`CalendarEvent.sourceId`). */
  sourceId: string;
  /** The display zone (IANA). */
  zone: string;
  /**
   * The items are already validated `Event`s (e.g. from the SDK client, which parses strictly), so the
   * schema parse is skipped; zone and date checks still run.
   * @default false
   */
  trusted?: boolean;
}

/** What {@link normalizeEvents} returns. */
export interface NormalizeResult {
  events: CalendarEvent[];
  skipped: SkippedEvent[];
  /** Records kept after removing an unsafe link (`javascript:` and other non-http(s) URLs). */
  sanitised: number;
}

/** How long a timed event without `end` is shown: one hour. */
export const DEFAULT_DURATION_MS = 3_600_000;

const URL_FIELDS = ['url', 'onlineUrl'] as const;

/**
 * Removes links that are not plain http(s) (`javascript:`, `data:`, blank, malformed, over-long) from a
 * raw event record, so the record can still validate and be shown, without the link. A registration
 * whose URL is unsafe is removed entirely (the model requires its URL). The input is never mutated.
 *
 * @example
 * ```ts
 * sanitiseRecord({ id: 'a', url: 'javascript:alert(1)' }); // { record: { id: 'a' }, sanitised: true }
 * ```
 */
export function sanitiseRecord(raw: unknown): { record: unknown; sanitised: boolean } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { record: raw, sanitised: false };
  const source = raw as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const field of URL_FIELDS) {
    if (field in source && source[field] !== undefined && safeHttpUrl(source[field]) === undefined) {
      copy ??= { ...source };
      delete copy[field];
    }
  }
  const registration = source['registration'];
  if (registration !== undefined) {
    const url = typeof registration === 'object' && registration !== null ? (registration as { url?: unknown }).url : undefined;
    if (safeHttpUrl(url) === undefined) {
      copy ??= { ...source };
      delete copy['registration'];
    }
  }
  return copy ? { record: copy, sanitised: true } : { record: raw, sanitised: false };
}

/**
 * Validates raw event records with the SDK schema and turns the good ones into {@link CalendarEvent}s
 * in the display zone. Never throws: bad records are skipped and reported.
 *
 * Rules (issue #3, "Bad input"):
 * - end before start, an invalid date (`2026-02-30`, `not a date`) or any other schema failure → skipped;
 * - a `timeZone` that `Intl` does not know → skipped (`unknown-zone`): recurrences and the event's own
 *   time could not be computed faithfully, and guessing UTC+8 would misplace a foreign event;
 * - no `end` → a timed event is shown one hour long (clipped to its day, `openEnd: true`), an all-day
 *   event one day;
 * - unsafe links (`javascript:` …) are removed and the event kept (`sanitised`);
 * - titles of any length and text with HTML are kept as plain text (Lit escapes; CSS truncates);
 * - a repeated id within the list → the later one is skipped (`duplicate`).
 *
 * Recurring events are not expanded here: call `expandAll` from `recurrence.ts` per visible range.
 *
 * @example
 * ```ts
 * const { events, skipped, sanitised } = normalizeEvents(el.events, { sourceId: 'inline', zone: 'Asia/Shanghai' });
 * ```
 */
export function normalizeEvents(items: readonly unknown[], opts: NormalizeOptions): NormalizeResult {
  const { sourceId, zone, trusted = false } = opts;
  const result: NormalizeResult = { events: [], skipped: [], sanitised: 0 };
  if (!Array.isArray(items)) return result;
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const raw: unknown = items[index];
    let event: Event;
    if (trusted) {
      event = raw as Event;
    } else {
      const { record, sanitised } = sanitiseRecord(raw);
      // The common, clean record passes the quick check; anything else gets the schema's verdict.
      if (!quickCheck(record)) {
        const parsed = parseLenient(Event, [record]);
        if (parsed.items[0] === undefined) {
          const issues = parsed.skipped[0]?.issues ?? [];
          result.skipped.push(skip(index, raw, classify(issues), sourceId));
          continue;
        }
      }
      if (sanitised) result.sanitised++;
      // Keep the caller's (or sanitised) object rather than the parser's deep copy: it is the same data,
      // and not copying 10,000 records keeps the retained heap small (performance goal C7).
      event = record as Event;
    }
    if (seen.has(event.id)) {
      result.skipped.push(skip(index, raw, 'duplicate', sourceId));
      continue;
    }
    const ce = toCalendarEvent(event, { sourceId, zone });
    if (typeof ce === 'string') {
      result.skipped.push(skip(index, raw, ce, sourceId));
      continue;
    }
    seen.add(event.id);
    result.events.push(ce);
  }
  return result;
}

/**
 * Turns one valid SDK `Event` into a {@link CalendarEvent} in the display zone, or returns why it can't.
 *
 * @example
 * ```ts
 * const ce = toCalendarEvent(event, { sourceId: 'api', zone: 'Asia/Hong_Kong' });
 * if (typeof ce !== 'string') render(ce);
 * ```
 */
export function toCalendarEvent(event: Event, opts: { sourceId: string; zone: string }): CalendarEvent | SkipReason {
  const { sourceId, zone } = opts;
  if (!isValidTimeZone(event.timeZone)) return 'unknown-zone';
  if (event.allDay) {
    const startDay = event.start;
    const endDay = event.end ?? event.start;
    if (!isDay(startDay) || !isDay(endDay)) return 'invalid-date';
    if (endDay < startDay) return 'end-before-start';
    return {
      key: event.id,
      id: event.id,
      sourceId,
      event,
      start: startOfZonedDay(startDay, zone),
      end: startOfZonedDay(addDays(endDay, 1), zone),
      allDay: true,
      startDay,
      endDay,
    };
  }
  const start = Date.parse(event.start);
  if (!Number.isFinite(start)) return 'invalid-date';
  const startDay = zonedDay(start, zone);
  if (event.end === undefined) {
    const end = Math.min(start + DEFAULT_DURATION_MS, startOfZonedDay(addDays(startDay, 1), zone));
    return { key: event.id, id: event.id, sourceId, event, start, end, allDay: false, startDay, endDay: startDay, openEnd: true };
  }
  const end = Date.parse(event.end);
  if (!Number.isFinite(end)) return 'invalid-date';
  if (end < start) return 'end-before-start';
  return {
    key: event.id,
    id: event.id,
    sourceId,
    event,
    start,
    end,
    allDay: false,
    startDay,
    endDay: end > start ? zonedDay(end - 1, zone) : startDay,
  };
}

/**
 * Recomputes a {@link CalendarEvent}'s days (and all-day instants) for another display zone without
 * re-validating. Cheap; use it when only the `time-zone` changes.
 */
export function rezone(events: readonly CalendarEvent[], zone: string): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const ce of events) {
    const next = toCalendarEvent(ce.event, { sourceId: ce.sourceId, zone });
    if (typeof next !== 'string') out.push(next);
  }
  return out;
}

/** Counts skipped records per reason, for the visible note. */
export function countSkipped(skipped: readonly SkippedEvent[]): Partial<Record<SkipReason, number>> {
  const counts: Partial<Record<SkipReason, number>> = {};
  for (const s of skipped) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
  return counts;
}


function skip(index: number, raw: unknown, reason: SkipReason, sourceId: string): SkippedEvent {
  const out: SkippedEvent = { index, reason, sourceId };
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  if (typeof id === 'string') out.id = id;
  return out;
}

// Maps the schema's issues to the note's reasons.
function classify(issues: readonly { path: readonly (string | number)[]; message: string }[]): SkipReason {
  if (issues.some((i) => /before start/i.test(i.message))) return 'end-before-start';
  if (issues.some((i) => i.path[0] === 'start' || i.path[0] === 'end')) return 'invalid-date';
  if (issues.some((i) => i.path[0] === 'timeZone')) return 'unknown-zone';
  return 'invalid';
}

// ---------------------------------------------------------------------------------------------
// Quick check
//
// zod/mini parses 10,000 events in ~55 ms warm (~120 ms cold) in Chromium, more than the month view's
// whole budget (performance goal C3). The SDK's `fastAccept` is a predicate derived from the `Event`
// schema that accepts only records the schema certainly accepts (anything unusual returns false and
// goes to the schema, which then decides and explains). Unknown keys are ignored: the record is kept as
// given either way. normalize.test.ts checks the subset property on a table of mutations; the SDK's
// fast.test.ts checks it on every single-field mutation of generated records.

// Verdicts per day string: days repeat a lot across 10,000 events.
const dayCache = new Map<string, boolean>();
const CACHE_LIMIT = 50_000;

function isDay(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  let ok = dayCache.get(v);
  if (ok === undefined) {
    ok = isDayKey(v);
    if (dayCache.size > CACHE_LIMIT) dayCache.clear();
    dayCache.set(v, ok);
  }
  return ok;
}

/** @internal Exported for the subset test only. */
export function quickCheck(v: unknown): boolean {
  return fastAccept(Event, v, { unknownKeys: 'ignore' });
}
