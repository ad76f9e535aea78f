import { BCP47, pickText, type Locale, type LocalizedText } from '@shhk/sdk';
import { dateTimeFormat } from '../shared/intl.js';
import { parseDay, zoneOffsetLabel, zoneOffsetMinutes, type DayKey } from './time.js';
import type { CalendarStrings } from './strings.js';

// Date and time formatting for the calendar, through cached Intl formatters: building a
// DateTimeFormat costs far more than using one, and a month view formats hundreds of times.

/** BCP 47 `lang` values for rendering. */
export const LANG: Readonly<Record<Locale, string>> = BCP47;

// A month view formats hundreds of values: keep a direct reference per (locale, zone, options)
// instead of rebuilding the shared cache's sorted key on every call.
const local = new Map<string, Intl.DateTimeFormat>();
const dtf = (locale: Locale, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = locale + zone + Object.entries(options).join();
  let f = local.get(key);
  if (!f) local.set(key, (f = dateTimeFormat(locale, { ...options, timeZone: zone })));
  return f;
};

// Calendar days are zone-less: format them as noon UTC so no offset can move them.
const noonUtc = (day: DayKey): number => {
  const { year, month, day: d } = parseDay(day);
  return Date.UTC(year, month - 1, d, 12);
};

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** Between the two ends of a range, as ICU writes it per locale. */
const RANGE_SEP: Readonly<Record<Locale, string>> = { en: ' – ', 'zh-Hans': '–', 'zh-Hant-HK': '至' };

const ZONE_CITY = /^(?:Asia\/(?:Shanghai|Hong_Kong|Chongqing|Harbin|Urumqi|Macau)|PRC|Hongkong)$/;

/** Formats days, times and zone names for one locale and display zone. */
export class CalendarFormat {
  constructor(
    readonly locale: Locale,
    readonly zone: string,
  ) {}

  /** "November 2026" / "2026年11月". */
  month(day: DayKey): string {
    return dtf(this.locale, 'UTC', { year: 'numeric', month: 'long' }).format(noonUtc(day));
  }

  /**
   * Short or long weekday name of a day. The long name is read from {@link day}'s formatter, since
   * every distinct set of options costs a cold DateTimeFormat (several ms each on first use).
   */
  weekday(day: DayKey, width: 'short' | 'long'): string {
    if (width === 'short') return dtf(this.locale, 'UTC', { weekday: 'short' }).format(noonUtc(day));
    return dtf(this.locale, 'UTC', DAY).formatToParts(noonUtc(day)).find((p) => p.type === 'weekday')?.value ?? '';
  }

  /** "Saturday, 14 March 2026" / "2026年3月14日星期六". */
  day(day: DayKey): string {
    return dtf(this.locale, 'UTC', DAY).format(noonUtc(day));
  }

  /** "14 Mar" / "3月14日": compact, for badges. */
  dayShort(day: DayKey): string {
    return dtf(this.locale, 'UTC', { month: 'short', day: 'numeric' }).format(noonUtc(day));
  }

  /** A span of days, e.g. "23–29 November 2026" / "2026年11月23日至29日" (never all-numeric). */
  dayRange(from: DayKey, toInclusive: DayKey): string {
    return this.#range({ year: 'numeric', month: 'long', day: 'numeric' }, noonUtc(from), noonUtc(toInclusive), 'UTC');
  }

  /** "07:00": hour labels of the week's time grid (24-hour in every locale, so they stay narrow). */
  hour(h: number): string {
    return dtf(this.locale, 'UTC', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.UTC(2026, 0, 1, h));
  }

  /** "2:30 pm" / "14:30" / "下午2:30" in `zone` (default: the display zone). */
  time(ms: number, zone = this.zone): string {
    return dtf(this.locale, zone, TIME).format(ms);
  }

  /**
   * "2:30 – 4:00 pm" / "14:30–16:00" / "下午2:30至4:00": a shared day period is written once. Built from
   * two `formatToParts` (about 4× faster than ICU's `formatRange`; a week view formats hundreds).
   */
  timeRange(start: number, end: number, zone = this.zone): string {
    const f = dtf(this.locale, zone, TIME);
    if (!(end > start)) return f.format(start);
    const a = f.formatToParts(start);
    const b = f.formatToParts(end);
    const period = (p: Intl.DateTimeFormatPart[]) => p.find((x) => x.type === 'dayPeriod')?.value;
    if (period(a) !== undefined && period(a) === period(b)) {
      // The period leads in Chinese ("下午2:30") and trails in English ("2:30 pm"): keep the outer one.
      const leading = a[0]?.type === 'dayPeriod';
      const drop = leading ? b : a;
      const i = drop.findIndex((x) => x.type === 'dayPeriod');
      const j = leading ? i + 1 : i - 1; // the space next to it, if any
      const space = drop[j]?.type === 'literal' && drop[j]!.value.trim() === '';
      drop.splice(space && !leading ? j : i, space ? 2 : 1);
    }
    const join = (p: Intl.DateTimeFormatPart[]) => p.map((x) => x.value).join('').trim();
    return `${join(a)}${RANGE_SEP[this.locale]}${join(b)}`;
  }

  /** Full date and time span of a timed event, e.g. "Sat, 14 Mar 2026, 2:30 – 4:00 pm". */
  dateTimeRange(start: number, end: number | undefined, zone = this.zone): string {
    const opts: Intl.DateTimeFormatOptions = { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', ...TIME };
    return end !== undefined && end > start ? this.#range(opts, start, end, zone) : dtf(this.locale, zone, opts).format(start);
  }

  /** "7 Nov – 20 Dec" (no weekday or year), for multi-day events in lists. */
  shortDayRange(from: DayKey, toInclusive: DayKey): string {
    return this.#range({ month: 'short', day: 'numeric' }, noonUtc(from), noonUtc(toInclusive), 'UTC');
  }

  /** "7 Nov, 9:00 am – 8 Nov, 6:00 pm" in the display zone. */
  shortDateTimeRange(start: number, end: number): string {
    return this.#range({ month: 'short', day: 'numeric', ...TIME }, start, end, this.zone);
  }

  /** Span of an all-day event's inclusive days. */
  dateRange(from: DayKey, toInclusive: DayKey): string {
    const opts: Intl.DateTimeFormatOptions = { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' };
    return from === toInclusive ? dtf(this.locale, 'UTC', opts).format(noonUtc(from)) : this.#range(opts, noonUtc(from), noonUtc(toInclusive), 'UTC');
  }

  // ICU's Chinese range patterns fall back to all-numeric dates ("15/11/2026 至 21/11/2026"), which the
  // house style forbids; so for Chinese, join formatted ends and drop the repeated year and month.
  #range(opts: Intl.DateTimeFormatOptions, a: number, b: number, zone: string): string {
    const f = dtf(this.locale, zone, opts);
    if (this.locale === 'en') return f.formatRange(a, b);
    const sep = this.locale === 'zh-Hant-HK' ? '至' : '–';
    const part = (ms: number, type: string) => f.formatToParts(ms).find((p) => p.type === type)?.value;
    const sameYear = part(a, 'year') === part(b, 'year');
    const sameMonth = sameYear && part(a, 'month') === part(b, 'month');
    const hasTime = opts.hour !== undefined;
    if (hasTime) {
      if (sameMonth && part(a, 'day') === part(b, 'day')) {
        const { hour, minute, ...date } = opts;
        return `${dtf(this.locale, zone, date).format(a)} ${dtf(this.locale, zone, { hour, minute }).formatRange(a, b)}`;
      }
      return `${f.format(a)} ${sep} ${f.format(b)}`;
    }
    const { year: _year, month, ...rest } = opts;
    const tail = sameMonth ? rest : sameYear ? { month, ...rest } : opts;
    return `${f.format(a)}${sep}${dtf(this.locale, zone, tail).format(b)}`;
  }

  /**
   * The label of a zone: the house wording for Shanghai/Hong Kong time, otherwise the localized
   * generic name ("Eastern Time") with its UTC offset.
   */
  zoneName(zone: string, s: CalendarStrings, at: number): string {
    if (ZONE_CITY.test(zone)) return s.zoneLabel;
    const offset = zoneOffsetLabel(zone, at);
    try {
      const part = dtf(this.locale, zone, { timeZoneName: 'longGeneric' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value;
      if (part && !/^GMT|^UTC/.test(part)) return `${part} (${offset})`;
    } catch {
      // Fall back to the offset and the zone's city.
    }
    const city = zone.split('/').pop()?.replace(/_/g, ' ');
    return city && city !== zone ? `${offset} (${city})` : offset;
  }
}

/** True when two zones show different wall-clock times at `at`. */
export function zonesDiffer(a: string, b: string, at: number): boolean {
  return zoneOffsetMinutes(a, at) !== zoneOffsetMinutes(b, at);
}

/** Localized text with its real language, falling back to `fallback` (in the UI locale). */
export function text(value: LocalizedText | undefined, locale: Locale, fallback = ''): { text: string; lang: string } {
  const picked = pickText(value, locale);
  return picked ? { text: picked.text, lang: LANG[picked.lang] } : { text: fallback, lang: LANG[locale] };
}
