import type { Event, Locale } from '../model/index.js';
import { sanitize } from './content-line.js';
import { eventDescription, eventLocation, eventTitle } from './describe.js';
import { allDayRange, dateBasic, DEFAULT_LINK_DURATION_MS, timedRange, utcBasic, utcExtended } from './time.js';

// "Add to calendar" links: plain https URLs, no scripts. Neither service accepts an open-ended event,
// so a timed event without `end` is given DEFAULT_LINK_DURATION_MS (one hour).

function details(event: Event, locale: Locale): string {
  // Registration and online links are in the description (or the location) already; the event page is not.
  const parts = [eventDescription(event, locale)?.text, event.url];
  return sanitize(parts.filter((p): p is string => p !== undefined && p !== '').join('\n\n'));
}

// Percent-encodes with %20 for spaces: Outlook shows a `+` from URLSearchParams literally.
function withQuery(base: string, params: ReadonlyArray<readonly [string, string | undefined]>): string {
  const query = params
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return `${base}?${query}`;
}

function timedBounds(event: Event): { start: number; end: number } {
  const { start, end } = timedRange(event);
  return { start, end: end ?? start + DEFAULT_LINK_DURATION_MS };
}

/**
 * A Google Calendar "add event" link. All-day events use `YYYYMMDD/YYYYMMDD` with an exclusive end;
 * timed events use UTC (`…Z/…Z`) and `ctz` names the event's zone; `rrule` is sent as `recur`.
 * A timed event without `end` is given one hour.
 *
 * @example
 * ```ts
 * html`<a href=${googleCalendarUrl(event, 'en')} target="_blank" rel="noopener">Google Calendar</a>`;
 * ```
 */
export function googleCalendarUrl(event: Event, locale: Locale): string {
  let dates: string;
  if (event.allDay) {
    const { start, endExclusive } = allDayRange(event);
    dates = `${dateBasic(start)}/${dateBasic(endExclusive)}`;
  } else {
    const { start, end } = timedBounds(event);
    dates = `${utcBasic(start)}/${utcBasic(end)}`;
  }
  const location = eventLocation(event, locale);
  return withQuery('https://calendar.google.com/calendar/render', [
    ['action', 'TEMPLATE'],
    ['text', sanitize(eventTitle(event, locale).text)],
    ['dates', dates],
    ['details', details(event, locale)],
    ['location', location && sanitize(location.text)],
    ['ctz', event.timeZone],
    ['recur', event.rrule === undefined ? undefined : `RRULE:${event.rrule}`],
  ]);
}

/**
 * An Outlook.com "new event" link (`startdt`/`enddt` as ISO 8601: UTC date-times for timed events,
 * dates with an exclusive end plus `allday=true` for all-day ones). Outlook links cannot carry a
 * recurrence. A timed event without `end` is given one hour.
 *
 * @example
 * ```ts
 * html`<a href=${outlookCalendarUrl(event, 'zh-Hans')} target="_blank" rel="noopener">Outlook</a>`;
 * ```
 */
export function outlookCalendarUrl(event: Event, locale: Locale): string {
  let startdt: string;
  let enddt: string;
  if (event.allDay) {
    ({ start: startdt, endExclusive: enddt } = allDayRange(event));
  } else {
    const { start, end } = timedBounds(event);
    startdt = utcExtended(start);
    enddt = utcExtended(end);
  }
  const location = eventLocation(event, locale);
  return withQuery('https://outlook.live.com/calendar/0/action/compose', [
    ['path', '/calendar/action/compose'],
    ['rru', 'addevent'],
    ['subject', sanitize(eventTitle(event, locale).text)],
    ['startdt', startdt],
    ['enddt', enddt],
    ['allday', String(event.allDay)],
    ['body', details(event, locale)],
    ['location', location && sanitize(location.text)],
  ]);
}
