import { EVENT_KINDS, Event, parseLenient, type Locale, type LocalizedText } from '@shhk/sdk';
import { fold } from '@shhk/sdk/search';
import type ICALNamespace from 'ical.js';
import type { CalendarEvent } from './normalize.js';
import { toCalendarEvent } from './normalize.js';
import { safeHttpUrl } from './links.js';
import { MAX_OCCURRENCES } from './recurrence.js';
import { addDays, formatDay, isValidTimeZone, zonedParts, zonedWallTime, zoneOffsetMinutes, type TimeRange } from './time.js';

// ICS feeds (`ics-src`): fetched through an injectable `fetch`, parsed and expanded by ical.js, which is
// imported only here and only when a feed is configured (performance goal C2).

type ICAL = typeof ICALNamespace;
type IcalTime = InstanceType<ICAL['Time']>;
type IcalComponent = InstanceType<ICAL['Component']>;

/** Why a feed failed: its HTTP status, the network, or content that isn't iCalendar. */
export type IcsFeedErrorReason = 'http' | 'parse' | 'network';

/** A feed that could not be loaded. The calendar shows it as that source's error; other sources stay. */
export class IcsFeedError extends Error {
  override name = 'IcsFeedError' as const;
  readonly reason: IcsFeedErrorReason;
  readonly url: string;
  /** HTTP status, for `reason: 'http'`. */
  readonly status: number | undefined;

  constructor(reason: IcsFeedErrorReason, url: string, options: { status?: number; cause?: unknown } = {}) {
    const detail = reason === 'http' ? `HTTP ${options.status}` : reason === 'network' ? 'network error' : 'not a valid iCalendar file';
    super(`GET ${url}: ${detail}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.url = url;
    this.status = options.status;
  }
}

/** Whether a value is an {@link IcsFeedError} (also across bundle copies, by name). */
export function isIcsFeedError(error: unknown): error is IcsFeedError {
  return error instanceof IcsFeedError || (error instanceof Error && error.name === 'IcsFeedError');
}

/** Options of {@link loadIcsFeed}. */
export interface IcsFeedOptions {
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch | undefined;
  signal?: AbortSignal | undefined;
  /** Occurrences overlapping this range are returned. */
  range: TimeRange;
  /** The display zone. */
  zone: string;
  /** Stamped on the events. @default `ics:${url}` */
  sourceId?: string | undefined;
  /** Occurrences per recurring event at most. @default 1000 */
  max?: number | undefined;
}

/** What a feed yields: its events in range and how many VEVENTs could not be used. */
export interface IcsFeedResult {
  events: CalendarEvent[];
  skipped: number;
}

let icalModule: Promise<ICAL> | undefined;
function loadIcal(): Promise<ICAL> {
  icalModule ??= import('ical.js').then((m) => m.default);
  return icalModule;
}

/**
 * Fetches an ICS feed and returns its events overlapping `range`: RRULEs expanded by ical.js (with
 * RECURRENCE-ID overrides), TZIDs honoured through the feed's VTIMEZONEs (or `Intl` when a TZID has
 * none), each VEVENT mapped to an SDK `Event`. ical.js is imported on first use.
 *
 * @throws IcsFeedError `http` (non-2xx), `network` (fetch failed) or `parse` (not iCalendar). An abort
 *   rejects with the signal's reason, unwrapped.
 * @example
 * ```ts
 * const { events, skipped } = await loadIcsFeed('https://uni.example/events.ics', { range, zone: 'Asia/Hong_Kong', signal });
 * ```
 */
export async function loadIcsFeed(url: string, opts: IcsFeedOptions): Promise<IcsFeedResult> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(url, { signal: opts.signal ?? null, headers: { accept: 'text/calendar, */*;q=0.5' } });
  } catch (cause) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    throw new IcsFeedError('network', url, { cause });
  }
  if (!response.ok) throw new IcsFeedError('http', url, { status: response.status });
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    throw new IcsFeedError('network', url, { cause });
  }
  if (opts.signal?.aborted) throw opts.signal.reason;
  return parseIcsText(text, { ...opts, url });
}

/**
 * Parses iCalendar text (see {@link loadIcsFeed}).
 *
 * @throws IcsFeedError `parse` when the text is not an iCalendar document.
 */
export async function parseIcsText(
  text: string,
  opts: { range: TimeRange; zone: string; sourceId?: string | undefined; max?: number | undefined; url?: string | undefined },
): Promise<IcsFeedResult> {
  const url = opts.url ?? 'inline.ics';
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) throw new IcsFeedError('parse', url);
  const ICAL = await loadIcal();
  let root: IcalComponent;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (cause) {
    throw new IcsFeedError('parse', url, { cause });
  }
  if (root.name !== 'vcalendar') throw new IcsFeedError('parse', url);

  // Make the feed's zones known to ical.js globally too (lookups from detached components), without
  // replacing one registered earlier.
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tzid = vtz.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string' && !ICAL.TimezoneService.has(tzid)) {
      try {
        ICAL.TimezoneService.register(vtz);
      } catch {
        // A broken VTIMEZONE: its events fall back to Intl (or are skipped).
      }
    }
  }

  const sourceId = opts.sourceId ?? `ics:${url}`;
  const max = opts.max ?? MAX_OCCURRENCES;
  const provenance = safeHttpUrl(opts.url) ?? 'unverified';
  const vevents = root.getAllSubcomponents('vevent');
  // Overrides (RECURRENCE-ID) are related to their series by ical.js rather than listed on their own.
  const exceptions = new Map<string, IcalComponent[]>();
  for (const ve of vevents) {
    if (ve.hasProperty('recurrence-id')) {
      const uid = String(ve.getFirstPropertyValue('uid') ?? '');
      exceptions.set(uid, [...(exceptions.get(uid) ?? []), ve]);
    }
  }
  const events: CalendarEvent[] = [];
  let skipped = 0;
  const seenKeys = new Set<string>();
  for (const ve of vevents) {
    if (ve.hasProperty('recurrence-id')) continue;
    try {
      const uid = String(ve.getFirstPropertyValue('uid') ?? '');
      const event = new ICAL.Event(ve, { exceptions: exceptions.get(uid) ?? [], strictExceptions: false });
      const out = vevent(ICAL, event, { uid, range: opts.range, zone: opts.zone, sourceId, max, provenance });
      if (out === undefined) {
        skipped++;
        continue;
      }
      for (const ce of out) {
        if (seenKeys.has(ce.key)) continue;
        seenKeys.add(ce.key);
        events.push(ce);
      }
    } catch {
      skipped++;
    }
  }
  return { events, skipped };
}

interface VeventContext {
  uid: string;
  range: TimeRange;
  zone: string;
  sourceId: string;
  max: number;
  provenance: string;
}

// The occurrences in range of one VEVENT, or undefined when it can't be used.
function vevent(ICAL: ICAL, event: InstanceType<ICAL['Event']>, ctx: VeventContext): CalendarEvent[] | undefined {
  const dtstart = event.startDate;
  if (!dtstart) return undefined;
  const startProp = event.component.getFirstProperty('dtstart');
  const tzid = paramString(startProp?.getParameter('tzid'));
  // A TZID that is neither an IANA zone nor defined by the feed's VTIMEZONE (Outlook's "W. Europe
  // Standard Time" without its block) would be read as a floating time, hours off: skipped and counted.
  if (tzid && !isValidTimeZone(tzid) && dtstart.zone?.tzid !== tzid) return undefined;
  const base = baseEvent(event, ctx, dtstart, tzid);
  if (base === undefined) return undefined;
  const out: CalendarEvent[] = [];
  const emit = (start: IcalTime, end: IcalTime | undefined, item: InstanceType<ICAL['Event']>, recurring: boolean): boolean => {
    const record = occurrenceRecord(base, start, end, item, ctx.zone);
    if (record === undefined) return true;
    const ce = toCalendarEvent(record, { sourceId: ctx.sourceId, zone: ctx.zone });
    if (typeof ce === 'string') return true;
    if (ce.start >= ctx.range.to) return false;
    if (ce.end > ctx.range.from || (ce.end === ce.start && ce.start >= ctx.range.from)) {
      if (recurring) {
        ce.key = `${ce.id}@${ce.allDay ? ce.startDay : ce.start}`;
        ce.occurrenceStart = ce.start;
      }
      out.push(ce);
    }
    return out.length < ctx.max;
  };
  if (!event.isRecurring()) {
    emit(dtstart, event.endDate, event, false);
    return out;
  }
  const iterator = event.iterator();
  // Walk from DTSTART (COUNT and BYDAY alignment need it) with a hard cap on steps. Without an RRULE
  // (RDATE only), ical.js's iterator skips DTSTART itself, which is the first occurrence (RFC 5545 3.8.5.2).
  let next = iterator.next();
  if (!event.component.hasProperty('rrule') && (!next || next.compare(dtstart) !== 0) && !excluded(event, dtstart)) {
    if (!emit(dtstart, event.endDate, event, true)) return out;
  }
  for (let steps = 0; next && steps < 50_000; steps++, next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    if (!emit(details.startDate, details.endDate, details.item ?? event, true)) break;
  }
  return out;
}

// Whether an EXDATE of the VEVENT removes `time`.
function excluded(event: { component: { getAllProperties(name: string): { getValues(): unknown[] }[] } }, time: IcalTime): boolean {
  return event.component.getAllProperties('exdate').some((p) => p.getValues().some((v) => String(v) === time.toString()));
}

// The SDK record of a VEVENT (first occurrence), validated, or undefined.
function baseEvent(event: InstanceType<ICAL['Event']>, ctx: VeventContext, dtstart: IcalTime, tzid: string | undefined): Event | undefined {
  const comp = event.component;
  const summary = textProp(comp, 'summary');
  const description = textProp(comp, 'description');
  const location = textProp(comp, 'location');
  const categories = comp.getAllProperties('categories').flatMap((p) => p.getValues().map((v) => String(v).trim())).filter((v) => v !== '');
  const kindOf = (c: string): string => c.toLowerCase().replace(/[\s_]+/g, '-');
  const kind = categories.map(kindOf).find((c) => (EVENT_KINDS as readonly string[]).includes(c)) ?? 'other';
  const tags = [...new Set(categories.filter((c) => !(EVENT_KINDS as readonly string[]).includes(kindOf(c))).map((c) => c.slice(0, 60)))];
  const organizer = comp.getFirstProperty('organizer');
  const organizerName = paramString(organizer?.getParameter('cn'));
  const status = String(comp.getFirstPropertyValue('status') ?? '').toUpperCase();
  const timeZone = zoneOf(dtstart, tzid, ctx.zone);
  const hongKong = timeZone === 'Asia/Hong_Kong' || /hong\s*kong|香港/i.test(location?.text ?? '');
  const record: Record<string, unknown> = {
    id: icsId(ctx.uid || `${summary?.text ?? ''}|${dtstart.toString()}`),
    kind,
    title: summary ? localized(summary) : { en: 'Untitled event', 'zh-Hans': '未命名活动', 'zh-Hant-HK': '未命名活動' },
    start: '1970-01-01',
    allDay: true,
    timeZone,
    region: hongKong ? 'hong-kong' : 'shanghai',
    organizers: organizerName ? [{ name: localized({ text: organizerName, lang: guessLang(organizerName) }) }] : [],
    audience: [],
    tags,
    status: status === 'CANCELLED' ? 'cancelled' : status === 'TENTATIVE' ? 'tentative' : 'scheduled',
    provenance: { source: ctx.provenance, confidence: 'medium', synthetic: false, note: 'Imported from an ICS feed' },
  };
  if (description) record['summary'] = localized(description);
  if (location) record['venue'] = { name: localized(location) };
  const url = safeHttpUrl(comp.getFirstPropertyValue('url'));
  if (url) record['url'] = url;
  // Validate the shape once with a placeholder date; each occurrence then only swaps start/end.
  const parsed = parseLenient(Event, [record]);
  return parsed.items[0] === undefined ? undefined : (record as Event);
}

function occurrenceRecord(base: Event, start: IcalTime, end: IcalTime | undefined, item: InstanceType<ICAL['Event']>, displayZone: string): Event | undefined {
  const record: Event = { ...base };
  {
    const summary = textProp(item.component, 'summary');
    if (summary) record.title = localized(summary);
    const status = String(item.component.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (status === 'CANCELLED') record.status = 'cancelled';
  }
  const startTzid = paramString(item.component.getFirstProperty('dtstart')?.getParameter('tzid'));
  if (start.isDate) {
    record.allDay = true;
    record.start = formatDay(start.year, start.month, start.day);
    if (end && end.isDate) {
      const last = addDays(formatDay(end.year, end.month, end.day), -1);
      record.end = last > record.start ? last : record.start;
    } else {
      delete record.end;
    }
    return record;
  }
  record.allDay = false;
  const startMs = instant(start, startTzid ?? paramZone(base.timeZone), displayZone);
  if (!Number.isFinite(startMs)) return undefined;
  record.start = isoWithOffset(startMs, base.timeZone);
  const stated = item.component.hasProperty('dtend') || item.component.hasProperty('duration');
  if (end && !end.isDate && stated) {
    const endTzid = paramString(item.component.getFirstProperty('dtend')?.getParameter('tzid')) ?? startTzid ?? paramZone(base.timeZone);
    const endMs = instant(end, endTzid, displayZone);
    if (Number.isFinite(endMs) && endMs >= startMs) record.end = isoWithOffset(endMs, base.timeZone);
    else delete record.end;
  } else {
    delete record.end;
  }
  return record;
}

// The instant of an ical.js time: its own zone when ical.js resolved one, else the TZID through Intl,
// else (floating) the display zone.
function instant(t: IcalTime, tzid: string | undefined, displayZone: string): number {
  const zoneId = t.zone?.tzid;
  if (zoneId && zoneId !== 'floating') return t.toUnixTime() * 1000;
  const wallZone = tzid && isValidTimeZone(tzid) ? tzid : displayZone;
  return zonedWallTime(t.year, t.month, t.day, t.hour, t.minute, t.second, wallZone);
}

function paramZone(zone: string): string | undefined {
  return zone === 'UTC' ? undefined : zone;
}

function zoneOf(dtstart: IcalTime, tzid: string | undefined, displayZone: string): string {
  if (tzid && isValidTimeZone(tzid)) return tzid;
  if (dtstart.zone?.tzid === 'UTC') return 'UTC';
  return displayZone;
}

function isoWithOffset(ms: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, ms);
  const p = zonedParts(ms, zone);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const suffix = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${suffix}`;
}

interface LangText {
  text: string;
  lang: Locale;
}

function textProp(comp: IcalComponent, name: string): LangText | undefined {
  const prop = comp.getFirstProperty(name);
  if (!prop) return undefined;
  const value = prop.getFirstValue();
  const text = typeof value === 'string' ? (name === 'summary' ? value : plainText(value)).trim() : '';
  if (text === '') return undefined;
  const language = paramString(prop.getParameter('language'));
  return { text, lang: (language && localeOf(language)) || guessLang(text) };
}

// Google and Outlook put HTML in DESCRIPTION (and sometimes LOCATION): its text, with breaks kept as
// line breaks (a SUMMARY is kept as written, markup shown as text). Parsed inert: DOMParser runs no
// script and loads nothing, and the result is shown as text anyway.
function plainText(value: string): string {
  if (!/<[a-z!/][^>]*>/i.test(value) || typeof DOMParser === 'undefined') return value;
  const html = value.replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6])>/gi, '$&\n');
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
}

function localized({ text, lang }: LangText): LocalizedText {
  return { [lang]: text } as LocalizedText;
}

// LANGUAGE parameter → the kit's locale (zh-TW/zh-HK/zh-Hant → Traditional).
function localeOf(tag: string): Locale | undefined {
  const t = tag.toLowerCase();
  if (t.startsWith('en')) return 'en';
  if (!t.startsWith('zh') && !t.startsWith('yue')) return undefined;
  if (/hant|-(hk|mo|tw)\b/.test(t) || t.startsWith('yue')) return 'zh-Hant-HK';
  return 'zh-Hans';
}

const HAN = /\p{Script=Han}/u;
// Han text that changes when folded to Simplified is Traditional.
function guessLang(text: string): Locale {
  if (!HAN.test(text)) return 'en';
  return fold(text) !== text.normalize('NFKC').toLowerCase() ? 'zh-Hant-HK' : 'zh-Hans';
}

function paramString(value: unknown): string | undefined {
  if (Array.isArray(value)) value = value[0];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// A stable model id (`ics-…`) from a UID, which may contain any characters.
function icsId(uid: string): string {
  return `ics-${fnv(uid, 0x811c9dc5).toString(36)}${fnv(uid, 0x01000193).toString(36)}`;
}

function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
