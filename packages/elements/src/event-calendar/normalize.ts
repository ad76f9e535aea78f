import {
  Audience, Confidence, Event, EventKind, EventStatus, fastAccept, LocalizedText, parseLenient, PartyRef, Provenance, Region, TimeZone,
} from '@shhk/sdk';
import { addDays, dayNumber, isDayKey, isValidTimeZone, startOfDayNumber, startOfZonedDay, zonedDay, type DayKey } from './time.js';
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
    // The common, clean record is checked and read in one pass (see `fastLane`).
    const fast = trusted ? undefined : fastLane(raw, sourceId, zone);
    if (fast) {
      if (seen.has(fast.id)) {
        result.skipped.push(skip(index, raw, 'duplicate', sourceId));
        continue;
      }
      seen.add(fast.id);
      result.events.push(fast);
      continue;
    }
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
    return allDayEvent(event, sourceId, zone, startDay, endDay);
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
  return timedEvent(event, sourceId, zone, start, end, startDay);
}

// Both builders give every CalendarEvent the same property order (one hidden class for the layout code).
function allDayEvent(event: Event, sourceId: string, zone: string, startDay: DayKey, endDay: DayKey): CalendarEvent {
  return {
    key: event.id, id: event.id, sourceId, event, start: startOfZonedDay(startDay, zone), end: startOfDayNumber(dayNumber(endDay) + 1, zone),
    allDay: true, startDay, endDay,
  };
}

function timedEvent(event: Event, sourceId: string, zone: string, start: number, end: number, startDay = zonedDay(start, zone)): CalendarEvent {
  return { key: event.id, id: event.id, sourceId, event, start, end, allDay: false, startDay, endDay: end > start ? zonedDay(end - 1, zone) : startDay };
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
// Fast lane
//
// The SDK schema (zod/mini) needs ~55 ms warm and ~120 ms cold for 10,000 events in Chromium, and
// even its generic fast predicate (`fastAccept`) ~30–45 ms cold: more than the month view's whole
// budget (performance goal C3). `fastLane` checks the fields every record has by hand, in one pass
// that also reads the instants, and every other field present with the SDK's own predicate for that
// field. It accepts only records the schema certainly accepts (normalize.test.ts checks this on a table
// of mutations and on generated records); anything unusual (fractional seconds, a link that
// `sanitiseRecord` would strip, an unknown zone…) returns `undefined` and takes the schema's path,
// which then decides and explains. Unknown keys are ignored: the record is kept as given either way.

const LOOSE = { unknownKeys: 'ignore' } as const;
type Schema = Parameters<typeof fastAccept>[0];
const shapeOf = (schema: unknown): Record<string, Schema> => (schema as { shape: Record<string, Schema> }).shape;
const SHAPE = shapeOf(Event);
// Fields checked by hand below, and the optional rest, checked with the SDK's predicate of each field.
const OWN = ['id', 'kind', 'title', 'start', 'end', 'allDay', 'timeZone', 'region', 'organizers', 'audience', 'tags', 'status', 'provenance'];
const OPTIONAL = ['summary', 'rrule', 'districtId', 'venue', 'onlineUrl', 'registration', 'url', 'seriesId', 'parentId', 'updatedAt'];
const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((k) => b.includes(k));
/**
 * @internal Whether the fast lane is on: it is off (every record takes the schema's path) if the SDK
 * schema's fields differ from the ones written out here, so a model change can't make it too lenient.
 */
export const FAST_LANE =
  same(Object.keys(SHAPE), [...OWN, ...OPTIONAL]) && OPTIONAL.every((k) => fastAccept(SHAPE[k]!, undefined)) &&
  same(Object.keys(shapeOf(Provenance)), ['source', 'confidence', 'synthetic', 'note']) &&
  same(Object.keys(shapeOf(LocalizedText)), ['zh-Hans', 'zh-Hant-HK', 'en']);
// The schema's own enum values.
const KINDS = new Set<unknown>(EventKind.options);
const STATUSES = new Set<unknown>(EventStatus.options);
const AUDIENCE = new Set<unknown>(Audience.options);
const REGIONS = new Set<unknown>(Region.options);
const CONFIDENCE = new Set<unknown>(Confidence.options);
// The SDK's `Id` pattern (normalize.test.ts compares verdicts with the schema). The schema's record-level
// checks (date forms match `allDay`, end not before start) are the date logic of `fastLane`.
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const DAY_MS = 86_400_000;
const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

// LocalizedText: each locale absent or a string, at least one not blank. Other keys are ignored.
function isText(v: unknown): boolean {
  if (!isPlain(v)) return false;
  const a = v['zh-Hans'], b = v['zh-Hant-HK'], c = v['en'];
  if ((a !== undefined && typeof a !== 'string') || (b !== undefined && typeof b !== 'string') || (c !== undefined && typeof c !== 'string')) return false;
  return (a !== undefined && a.trim() !== '') || (b !== undefined && b.trim() !== '') || (c !== undefined && c.trim() !== '');
}

// The schema's date and date-time forms (IsoDateOrDateTime), without fractional seconds (rare; they
// take the schema's path). The regex checks the form natively; the fields are then read by position.
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;

// Day number (days since 1970-01-01) of the date at `s[0..10)` (form already checked), or NaN when the
// month has no such day. Integer arithmetic (days from civil, proleptic Gregorian): no Date objects.
function dayOf(s: string): number {
  const y = two(s, 0) * 100 + two(s, 2), m = two(s, 5), d = two(s, 8);
  if (d > 28 && d > (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : 30 + ((m + (m >> 3)) & 1))) return Number.NaN;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Day number of a real calendar date `YYYY-MM-DD`, else NaN. */
const dateNumber = (s: string): number => (DATE.test(s) ? dayOf(s) : Number.NaN);

/**
 * @internal The instant of `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM` (the common form of the
 * schema's date-times; fractions and other forms give NaN and take the schema's path).
 */
export function fastInstant(s: string): number {
  if (!DATE_TIME.test(s)) return Number.NaN;
  const day = dayOf(s);
  const offset = s.length === 20 ? 0 : (s.charCodeAt(19) === 45 ? -1 : 1) * (two(s, 20) * 60 + two(s, 23));
  return day * DAY_MS + ((two(s, 11) * 60 + two(s, 14) - offset) * 60 + two(s, 17)) * 1000;
}

// Zone verdicts (schema pattern and known to Intl): a page has a handful of zones.
const zoneOk = new Map<string, boolean>();
function isZone(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  let ok = zoneOk.get(v);
  if (ok === undefined) {
    ok = fastAccept(TimeZone, v) && isValidTimeZone(v);
    if (zoneOk.size > 1000) zoneOk.clear();
    zoneOk.set(v, ok);
  }
  return ok;
}

function isArrayOf(v: unknown, schema: Parameters<typeof fastAccept>[0]): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!fastAccept(schema, v[i], LOOSE)) return false;
  return true;
}

function isAudience(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!AUDIENCE.has(v[i])) return false;
  return true;
}

function isTags(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const t: unknown = v[i];
    // UTF-16 length 1–60 implies 1–60 code points (the schema's bounds); longer ones ask the schema.
    if (typeof t !== 'string' || t.length < 1 || t.length > 60) return false;
  }
  return true;
}

/**
 * @internal A {@link CalendarEvent} for a clean record in one pass, or `undefined` when the record
 * needs the schema (invalid, unusual or with a link to strip). Exported for the subset test.
 */
export function fastLane(r: unknown, sourceId: string, zone: string): CalendarEvent | undefined {
  if (!FAST_LANE || !isPlain(r)) return undefined;
  const { id, start, end, allDay, provenance: p } = r as Partial<Record<keyof Event, unknown>>;
  if (
    typeof id !== 'string' || id.length > 120 || !ID.test(id) || !KINDS.has(r['kind']) || !isText(r['title']) || typeof start !== 'string' ||
    !isZone(r['timeZone']) || !REGIONS.has(r['region']) || !STATUSES.has(r['status']) || !isArrayOf(r['organizers'], PartyRef) ||
    !isAudience(r['audience']) || !isTags(r['tags']) || !isPlain(p) || typeof p['source'] !== 'string' || p['source'] === '' ||
    !CONFIDENCE.has(p['confidence']) || typeof p['synthetic'] !== 'boolean' || (p['note'] !== undefined && typeof p['note'] !== 'string')
  ) return undefined;
  // Named reads (cheap when absent, as they usually are); the rare present ones ask the SDK's predicate.
  const o = r as Partial<Event>;
  if (
    o.summary !== undefined || o.rrule !== undefined || o.districtId !== undefined || o.venue !== undefined || o.onlineUrl !== undefined ||
    o.registration !== undefined || o.url !== undefined || o.seriesId !== undefined || o.parentId !== undefined || o.updatedAt !== undefined
  ) {
    for (const k of OPTIONAL) {
      const v = r[k];
      if (v === undefined) continue;
      if (!fastAccept(SHAPE[k]!, v, LOOSE)) return undefined;
      // Links `sanitiseRecord` would strip go the slow way, which strips and counts them.
      if (k === 'url' || k === 'onlineUrl' ? safeHttpUrl(v) === undefined : k === 'registration' && safeHttpUrl((v as { url?: unknown }).url) === undefined) {
        return undefined;
      }
    }
  }
  const event = r as unknown as Event;
  if (allDay === true) {
    const first = start.length === 10 ? dateNumber(start) : Number.NaN;
    if (Number.isNaN(first)) return undefined;
    if (end !== undefined && (typeof end !== 'string' || end.length !== 10 || !(dateNumber(end) >= first))) return undefined;
    return allDayEvent(event, sourceId, zone, start, end ?? start);
  }
  const from = allDay === false ? fastInstant(start) : Number.NaN;
  if (Number.isNaN(from)) return undefined;
  if (end === undefined) {
    const ce = toCalendarEvent(event, { sourceId, zone });
    return typeof ce === 'string' ? undefined : ce;
  }
  const to = typeof end === 'string' ? fastInstant(end) : Number.NaN;
  if (!(to >= from)) return undefined; // also for NaN
  return timedEvent(event, sourceId, zone, from, to);
}

/** @internal The schema's verdict shortcut for the slow lane (SDK `fastAccept`); exported for the subset test. */
export function quickCheck(v: unknown): boolean {
  return fastAccept(Event, v, LOOSE);
}

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
