import * as z from 'zod/mini';
import { LocalizedText } from './locale.js';
import { GeoPoint, Id, IsoDateOrDateTime, IsoDateTime, Provenance, Region, TimeZone, WebUrl } from './common.js';
import { AUDIENCES, EVENT_KINDS, EVENT_STATUSES } from './vocab.js';

export const EventKind = z.enum(EVENT_KINDS);
export const EventStatus = z.enum(EVENT_STATUSES);
export const Audience = z.enum(AUDIENCES);

/** A named party: a link to an {@link Organization} by id where one exists, and always its name. */
export const PartyRef = z.object({
  id: z.optional(Id),
  name: LocalizedText,
});
export type PartyRef = z.output<typeof PartyRef>;

export const Venue = z.object({
  name: LocalizedText,
  address: z.optional(LocalizedText),
  geo: z.optional(GeoPoint),
});
export type Venue = z.output<typeof Venue>;

export const Registration = z.object({
  url: WebUrl,
  /** Last moment to register: a date-time with offset, or a date (end of that day, event zone). */
  deadline: z.optional(IsoDateOrDateTime),
});
export type Registration = z.output<typeof Registration>;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// The length test first: date-times never reach the regex.
const isDateOnly = (s: string): boolean => s.length === 10 && DATE_ONLY.test(s);

/**
 * A forum, competition (or one of its stages), expo, roadshow, training, summer course, showcase,
 * lecture or makerthon; `other` for an event of no known kind (an outside ICS feed's without a
 * matching CATEGORIES).
 *
 * Timed events: `start`/`end` are ISO date-times with an offset, and `timeZone` names the zone they
 * happen in. All-day events (`allDay: true`): `start`/`end` are dates and `end` is the **last** day,
 * inclusive. `end` may be absent: a timed event then has no stated end, an all-day event lasts one day.
 */
export const Event = z
  .object({
    id: Id,
    kind: EventKind,
    title: LocalizedText,
    summary: z.optional(LocalizedText),
    start: IsoDateOrDateTime,
    end: z.optional(IsoDateOrDateTime),
    allDay: z.boolean(),
    timeZone: TimeZone,
    /** An RFC 5545 RRULE value without the `RRULE:` prefix, e.g. `FREQ=WEEKLY;COUNT=6`. */
    rrule: z.optional(z.string().check(z.regex(/^FREQ=(?:YEARLY|MONTHLY|WEEKLY|DAILY)(?:;[A-Z]+=[A-Za-z0-9,+:-]+)*$/, 'Expected an RRULE value like "FREQ=WEEKLY;COUNT=6"'))),
    region: Region,
    districtId: z.optional(Id),
    venue: z.optional(Venue),
    onlineUrl: z.optional(WebUrl),
    organizers: z.array(PartyRef),
    audience: z.array(Audience),
    tags: z.array(z.string().check(z.minLength(1), z.maxLength(60))),
    registration: z.optional(Registration),
    status: EventStatus,
    url: z.optional(WebUrl),
    /** The series an edition belongs to, e.g. `pujiang-innovation-forum`. */
    seriesId: z.optional(Id),
    /** For a competition stage: the competition event it belongs to. */
    parentId: z.optional(Id),
    updatedAt: z.optional(IsoDateTime),
    provenance: Provenance,
  })
  .check(
    z.refine((e) => isDateOnly(e.start) === e.allDay, {
      message: 'All-day events use dates for start/end; timed events use date-times with an offset',
      path: ['start'],
    }),
    z.refine((e) => e.end === undefined || isDateOnly(e.end) === e.allDay, {
      message: 'end must have the same form as start',
      path: ['end'],
    }),
    z.refine((e) => e.end === undefined || endNotBeforeStart(e.start, e.end), {
      message: 'end is before start',
      path: ['end'],
    }),
  );
export type Event = z.output<typeof Event>;

// Comparable instant for a date or date-time string (dates compare as their UTC midnight, which is
// enough for the same-form comparison the schema makes).
function instantOf(value: string): number {
  return isDateOnly(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
}

/**
 * @internal Whether `end` is not before `start`. Two valid strings of the same form, length and zone
 * compare as text (digits at the same places), which spares Date.parse on nearly every record; any
 * other pair is parsed. Only ever called with valid strings: a start or end that fails its own check
 * aborts the record's checks.
 */
export function endNotBeforeStart(start: string, end: string): boolean {
  const n = start.length;
  if (n === end.length && end >= start) {
    if (n === 10 || (start.charCodeAt(n - 1) === 90 && end.charCodeAt(n - 1) === 90)) return true; // dates; both in Z
    let same = true;
    for (let i = n - 6; i < n; i++) if (start.charCodeAt(i) !== end.charCodeAt(i)) same = false; // the same ±HH:MM
    if (same) return true;
  }
  return instantOf(end) >= instantOf(start);
}
