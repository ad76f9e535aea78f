import type { Event, Locale } from '../model/index.js';
import { EVENT_KIND_LABELS } from '../model/index.js';
import { cleanUri, contentLine, escapeText, foldLine, type Param } from './content-line.js';
import { eventDescription, eventLocation, eventTitle, eventUrl, type Text } from './describe.js';
import { allDayRange, dateBasic, FIXED_ZONES, instant, utcBasic, wallBasic } from './time.js';

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /** Locale of the text (titles, descriptions, labels); missing text falls back as `pickText` does. */
  locale: Locale;
  /** DTSTAMP of events without `updatedAt`. Pass it for reproducible output. @default new Date() */
  now?: Date;
  /** Calendar name (`NAME`, `X-WR-CALNAME`). @default a localised "Shanghai–Hong Kong Exchange events" */
  calendarName?: string;
  /** Product identifier (`PRODID`). @default '-//shhk.exchange//Exchange Kit//EN' */
  prodId?: string;
  /** Address of this feed, written as `URL` and `SOURCE` (RFC 7986). */
  url?: string;
  /** Suggested polling interval as an RFC 5545 duration, e.g. `'PT12H'` (`REFRESH-INTERVAL`, `X-PUBLISHED-TTL`). */
  refreshInterval?: string;
}

/** Domain part of every UID, so an event keeps its UID across feeds and downloads. */
export const UID_DOMAIN = 'shhk.exchange';

const DEFAULT_PRODID = '-//shhk.exchange//Exchange Kit//EN';
const DEFAULT_NAMES: Readonly<Record<Locale, string>> = {
  'zh-Hans': '沪港交流活动',
  'zh-Hant-HK': '滬港交流活動',
  en: 'Shanghai–Hong Kong Exchange events',
};
const STATUS: Readonly<Record<Event['status'], string>> = {
  scheduled: 'CONFIRMED',
  tentative: 'TENTATIVE',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};
const DURATION = /^[+-]?P(?:\d+W|(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;

const lang = (text: Text): Param[] => (text.lang ? [['LANGUAGE', text.lang]] : []);

// GEO wants plain decimals; String(1e-7) would give an exponent.
const decimal = (n: number): string => n.toFixed(6).replace(/\.?0+$/, '');

/**
 * Serialises events as an RFC 5545 iCalendar document (`text/calendar`), ready for a download or a
 * subscription feed.
 *
 * - Timed events in `Asia/Shanghai` or `Asia/Hong_Kong` use `TZID` wall times plus a VTIMEZONE; other
 *   zones are written in UTC (`Z`). A recurring event in a zone with daylight saving therefore repeats
 *   at a fixed UTC time.
 * - A timed event without `end` gets no DTEND (and no DURATION): RFC 5545 then reads it as ending when it
 *   starts, which is the honest reading of "no stated end".
 * - All-day events use `VALUE=DATE` with an exclusive DTEND (the day after the inclusive `end`).
 * - `rrule` is passed through unchanged; an `UNTIL` in it must already match DTSTART's value type.
 * - No ORGANIZER is written: it needs a calendar address (`mailto:`), which the model does not hold.
 *   Organisers are listed in DESCRIPTION instead.
 * - Lines use CRLF and are folded at 75 UTF-8 octets without splitting a character.
 *
 * @example
 * ```ts
 * const ics = toICalendar(events, { locale: 'zh-Hant-HK', refreshInterval: 'PT12H' });
 * response.headers.set('content-type', 'text/calendar; charset=utf-8');
 * ```
 */
export function toICalendar(events: readonly Event[], options: ICalendarOptions): string {
  const { locale } = options;
  const now = options.now ?? new Date();
  if (options.refreshInterval !== undefined && !DURATION.test(options.refreshInterval)) {
    throw new RangeError(`refreshInterval must be an RFC 5545 duration such as "PT12H", got "${options.refreshInterval}"`);
  }
  const name = options.calendarName ?? DEFAULT_NAMES[locale];
  const nameParams: Param[] = options.calendarName === undefined ? [['LANGUAGE', locale]] : [];

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', escapeText(options.prodId ?? DEFAULT_PRODID)),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('NAME', escapeText(name), nameParams),
    contentLine('X-WR-CALNAME', escapeText(name), nameParams),
  ];
  if (options.url !== undefined) {
    lines.push(contentLine('URL', cleanUri(options.url)), contentLine('SOURCE', cleanUri(options.url), [['VALUE', 'URI']]));
  }
  if (options.refreshInterval !== undefined) {
    lines.push(
      contentLine('REFRESH-INTERVAL', options.refreshInterval, [['VALUE', 'DURATION']]),
      contentLine('X-PUBLISHED-TTL', options.refreshInterval),
    );
  }

  // VTIMEZONEs first, one per zone actually referenced.
  const zones = new Set<string>();
  for (const event of events) if (!event.allDay && FIXED_ZONES[event.timeZone]) zones.add(event.timeZone);
  for (const zone of zones) lines.push(...vtimezone(zone));

  for (const event of events) lines.push(...vevent(event, locale, now));
  lines.push('END:VCALENDAR');

  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function vtimezone(zone: string): string[] {
  const rule = FIXED_ZONES[zone];
  if (!rule) return [];
  const sign = rule.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(rule.offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  return [
    'BEGIN:VTIMEZONE',
    contentLine('TZID', escapeText(zone)),
    contentLine('X-LIC-LOCATION', escapeText(zone)),
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    contentLine('TZNAME', escapeText(rule.tzName)),
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

function vevent(event: Event, locale: Locale, now: Date): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.id}@${UID_DOMAIN}`];
  const stamp = event.updatedAt === undefined ? now.getTime() : instant(event.updatedAt);
  lines.push(`DTSTAMP:${utcBasic(stamp)}`);
  if (event.updatedAt !== undefined) lines.push(`LAST-MODIFIED:${utcBasic(stamp)}`);

  if (event.allDay) {
    const { start, endExclusive } = allDayRange(event);
    lines.push(`DTSTART;VALUE=DATE:${dateBasic(start)}`, `DTEND;VALUE=DATE:${dateBasic(endExclusive)}`);
  } else {
    const zone = FIXED_ZONES[event.timeZone];
    const dateTime = (property: string, value: string): string =>
      zone
        ? contentLine(property, wallBasic(instant(value), zone.offsetMinutes), [['TZID', event.timeZone]])
        : `${property}:${utcBasic(instant(value))}`;
    lines.push(dateTime('DTSTART', event.start));
    if (event.end !== undefined) lines.push(dateTime('DTEND', event.end));
  }
  if (event.rrule !== undefined) lines.push(`RRULE:${event.rrule}`);

  const title = eventTitle(event, locale);
  lines.push(contentLine('SUMMARY', escapeText(title.text), lang(title)));
  const description = eventDescription(event, locale);
  if (description) lines.push(contentLine('DESCRIPTION', escapeText(description.text), lang(description)));
  const location = eventLocation(event, locale);
  if (location) lines.push(contentLine('LOCATION', escapeText(location.text), lang(location)));
  if (event.venue?.geo) lines.push(`GEO:${decimal(event.venue.geo.lat)};${decimal(event.venue.geo.lng)}`);
  const url = eventUrl(event);
  if (url !== undefined) lines.push(contentLine('URL', cleanUri(url)));
  lines.push(`STATUS:${STATUS[event.status]}`);
  // `other` (an outside feed's event of no known kind) names no category.
  if (event.kind !== 'other') lines.push(contentLine('CATEGORIES', escapeText(EVENT_KIND_LABELS[event.kind][locale]), [['LANGUAGE', locale]]));
  lines.push('END:VEVENT');
  return lines;
}
