import { BCP47, pickText, type Locale, type LocalizedText } from '@shhk/sdk';
import { dateTimeFormat } from '../shared/intl.js';
import { dayNumber, parseDay, zoneOffsetLabel, zoneOffsetMinutes, type DayKey } from './time.js';
import type { CalendarStrings } from './strings.js';

// Date and time formatting for the calendar. The handful of patterns every view draws on its first
// frame (weekday and month names, the full date, times of day and their ranges, week spans) are
// written here from CLDR's patterns for the kit's three locales: the first Intl.DateTimeFormat of a
// page costs ~12 ms of ICU start-up (CPU, more in wall time), a quarter of the month view's budget
// (performance goals C3–C9). format.test.ts checks them against Intl. Everything else goes through
// cached Intl formatters, built on first use.

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

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** Between the two ends of a range, as ICU writes it per locale. */
const RANGE_SEP: Readonly<Record<Locale, string>> = { en: ' – ', 'zh-Hans': '–', 'zh-Hant-HK': '至' };

/** Zones on Shanghai/Hong Kong time (UTC+8 all year). Not Asia/Urumqi, which the tz database puts at UTC+6. */
const ZONE_CITY = /^(?:Asia\/(?:Shanghai|Hong_Kong|Chongqing|Chungking|Harbin|Macau|Macao)|PRC|Hongkong)$/;

// CLDR names and patterns of en-HK, zh-Hans-CN and zh-Hant-HK (the tags of shared/intl.ts).
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZH_WEEKDAYS = '日一二三四五六';

interface Ymd {
  y: number;
  m: number;
  d: number;
  /** 0 = Sunday. */
  w: number;
}
const ymd = (day: DayKey): Ymd => {
  const { year: y, month: m, day: d } = parseDay(day);
  return { y, m, d, w: (((dayNumber(day) + 4) % 7) + 7) % 7 };
};
const enMonthShort = (m: number): string => (m === 9 ? 'Sept' : EN_MONTHS[m - 1]!.slice(0, 3));
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
// Wall-clock minute of the day (0–1439) of an instant in a zone; seconds are dropped, as Intl does.
const minuteOfDay = (ms: number, zone: string): number => {
  const m = Math.floor((ms + zoneOffsetMinutes(zone, ms) * 60_000) / 60_000) % 1440;
  return m < 0 ? m + 1440 : m;
};

/** Formats days, times and zone names for one locale and display zone. */
export class CalendarFormat {
  readonly #en: boolean;
  constructor(
    readonly locale: Locale,
    readonly zone: string,
  ) {
    this.#en = locale === 'en';
  }

  /** "November 2026" / "2026年11月". */
  month(day: DayKey): string {
    const { y, m } = ymd(day);
    return this.#en ? `${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月`;
  }

  /** Short or long weekday name of a day: "Sat" / "Saturday", "周六" / "週六" / "星期六". */
  weekday(day: DayKey, width: 'short' | 'long'): string {
    return this.#weekday(ymd(day).w, width);
  }

  #weekday(w: number, width: 'short' | 'long'): string {
    if (this.#en) return width === 'short' ? EN_WEEKDAYS[w]!.slice(0, 3) : EN_WEEKDAYS[w]!;
    return `${width === 'long' ? '星期' : this.locale === 'zh-Hans' ? '周' : '週'}${ZH_WEEKDAYS[w]}`;
  }

  /** "Saturday, 14 March 2026" / "2026年3月14日星期六". */
  day(day: DayKey): string {
    const { y, m, d, w } = ymd(day);
    return this.#en ? `${EN_WEEKDAYS[w]}, ${d} ${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日${this.#weekday(w, 'long')}`;
  }

  /** "14 Mar" / "3月14日": compact, for badges. */
  dayShort(day: DayKey): string {
    const { m, d } = ymd(day);
    return this.#en ? `${d} ${enMonthShort(m)}` : `${m}月${d}日`;
  }

  /** A span of days, e.g. "23–29 November 2026" / "2026年11月23日至29日" (never all-numeric). */
  dayRange(from: DayKey, toInclusive: DayKey): string {
    const a = ymd(from);
    const b = ymd(toInclusive);
    const sameYear = a.y === b.y;
    const sameMonth = sameYear && a.m === b.m;
    if (this.#en) {
      // ICU's interval patterns for en-HK: the shared trailing fields are written once.
      if (sameMonth && a.d === b.d) return `${a.d} ${EN_MONTHS[a.m - 1]} ${a.y}`;
      if (sameMonth) return `${a.d}–${b.d} ${EN_MONTHS[a.m - 1]} ${a.y}`;
      if (sameYear) return `${a.d} ${EN_MONTHS[a.m - 1]} – ${b.d} ${EN_MONTHS[b.m - 1]} ${a.y}`;
      return `${a.d} ${EN_MONTHS[a.m - 1]} ${a.y} – ${b.d} ${EN_MONTHS[b.m - 1]} ${b.y}`;
    }
    // ICU's Chinese interval patterns fall back to all-numeric dates, which the house style forbids.
    const sep = this.locale === 'zh-Hant-HK' ? '至' : '–';
    const tail = sameMonth ? `${b.d}日` : sameYear ? `${b.m}月${b.d}日` : `${b.y}年${b.m}月${b.d}日`;
    return `${a.y}年${a.m}月${a.d}日${sep}${tail}`;
  }

  /**
   * A span of days compact enough for a phone-width title: "23–29 Nov" / "11月23–29日" / "11月23日至29日".
   * The year is written only when the span crosses one ("28 Dec 2026 – 3 Jan 2027").
   */
  dayRangeShort(from: DayKey, toInclusive: DayKey): string {
    const a = ymd(from);
    const b = ymd(toInclusive);
    const sameYear = a.y === b.y;
    const sameMonth = sameYear && a.m === b.m;
    if (this.#en) {
      // ICU's interval patterns for en-HK with month: 'short', day: 'numeric'.
      const short = (x: Ymd) => `${x.d} ${enMonthShort(x.m)}`;
      if (sameMonth && a.d === b.d) return short(a);
      if (sameMonth) return `${a.d}–${b.d} ${enMonthShort(a.m)}`;
      if (sameYear) return `${short(a)} – ${short(b)}`;
      return `${short(a)} ${a.y} – ${short(b)} ${b.y}`;
    }
    // ICU's Chinese intervals are all-numeric ("11/23 – 11/29"); the house style forbids them.
    if (sameMonth && a.d === b.d) return `${a.m}月${a.d}日`;
    const hk = this.locale === 'zh-Hant-HK';
    if (!sameYear) return `${a.y}年${a.m}月${a.d}日${hk ? '至' : '–'}${b.y}年${b.m}月${b.d}日`;
    // zh-Hans shares the month and its 日 ("11月23–29日"); zh-Hant-HK writes each end whole ("11月23日至29日").
    if (sameMonth) return hk ? `${a.m}月${a.d}日至${b.d}日` : `${a.m}月${a.d}–${b.d}日`;
    return `${a.m}月${a.d}日${hk ? '至' : '–'}${b.m}月${b.d}日`;
  }

  /**
   * Hour labels of the week's time grid, in the hour cycle of the locale's event times:
   * "8 am" / "08:00" / "上午8時".
   */
  hour(h: number): string {
    if (this.locale === 'zh-Hans') return `${pad2(h)}:00`;
    const h12 = h % 12 || 12;
    return this.#en ? `${h12} ${h < 12 ? 'am' : 'pm'}` : `${h < 12 ? '上午' : '下午'}${h12}時`;
  }

  /** "2:30 pm" / "14:30" / "下午2:30" in `zone` (default: the display zone). */
  time(ms: number, zone = this.zone): string {
    const m = minuteOfDay(ms, zone);
    return this.#clock(Math.floor(m / 60), m % 60, true);
  }

  // h:mm with the locale's day period (en-HK "2:30 pm", zh-Hant-HK "下午2:30"; zh-Hans-CN is 24-hour).
  #clock(h: number, min: number, period: boolean): string {
    if (this.locale === 'zh-Hans') return `${h}:${pad2(min)}`;
    const time = `${h % 12 || 12}:${pad2(min)}`;
    if (!period) return time;
    return this.#en ? `${time} ${h < 12 ? 'am' : 'pm'}` : `${h < 12 ? '上午' : '下午'}${time}`;
  }

  /** "2:30 – 4:00 pm" / "14:30–16:00" / "下午2:30至4:00": a shared day period is written once. */
  timeRange(start: number, end: number, zone = this.zone): string {
    if (!(end > start)) return this.time(start, zone);
    const a = minuteOfDay(start, zone);
    const b = minuteOfDay(end, zone);
    const ah = Math.floor(a / 60), bh = Math.floor(b / 60);
    const sep = RANGE_SEP[this.locale];
    if (ah < 12 !== bh < 12) return `${this.#clock(ah, a % 60, true)}${sep}${this.#clock(bh, b % 60, true)}`;
    // The period leads in Chinese ("下午2:30至4:00") and trails in English ("2:30 – 4:00 pm"): keep the outer one.
    return this.#en
      ? `${this.#clock(ah, a % 60, false)}${sep}${this.#clock(bh, b % 60, true)}`
      : `${this.#clock(ah, a % 60, true)}${sep}${this.#clock(bh, b % 60, false)}`;
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
   * generic name ("Eastern Time") with its UTC offset over `[at, until)`, both offsets when a clock
   * change falls in it ("UTC−5 / UTC−4").
   */
  zoneName(zone: string, s: CalendarStrings, at: number, until = at): string {
    if (ZONE_CITY.test(zone)) return s.zoneLabel;
    const first = zoneOffsetLabel(zone, at);
    const last = until > at ? zoneOffsetLabel(zone, until - 1) : first;
    const offset = first === last ? first : `${first} / ${last}`;
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
