import { expect } from '@open-wc/testing';
import type { Locale } from '@shhk/sdk';
import { intlLocale } from '../shared/intl.js';
import { CalendarFormat } from './format.js';
import { addDays, daysBetween } from './time.js';
import { seeded } from './test-helpers.js';

// CalendarFormat writes the patterns of the first frame itself (no ICU start-up); these tests hold them
// to what Intl gives for the same locale tags in this browser. A mismatch after a browser upgrade means
// CLDR changed a pattern: update format.ts to match.

const LOCALES: readonly Locale[] = ['en', 'zh-Hans', 'zh-Hant-HK'];
const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York'];
const dtf = (locale: Locale, options: Intl.DateTimeFormatOptions, zone = 'UTC') =>
  new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: zone });
const noon = (day: string): number => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10), 12);
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

// The Intl-based range of the previous implementation: two formatToParts, a shared day period once.
function intlTimeRange(locale: Locale, start: number, end: number, zone: string): string {
  const f = dtf(locale, TIME, zone);
  if (!(end > start)) return f.format(start);
  const a = f.formatToParts(start);
  const b = f.formatToParts(end);
  const period = (p: Intl.DateTimeFormatPart[]) => p.find((x) => x.type === 'dayPeriod')?.value;
  if (period(a) !== undefined && period(a) === period(b)) {
    const leading = a[0]?.type === 'dayPeriod';
    const drop = leading ? b : a;
    const i = drop.findIndex((x) => x.type === 'dayPeriod');
    const j = leading ? i + 1 : i - 1;
    const space = drop[j]?.type === 'literal' && drop[j]!.value.trim() === '';
    drop.splice(space && !leading ? j : i, space ? 2 : 1);
  }
  const join = (p: Intl.DateTimeFormatPart[]) => p.map((x) => x.value).join('').trim();
  return `${join(a)}${{ en: ' – ', 'zh-Hans': '–', 'zh-Hant-HK': '至' }[locale]}${join(b)}`;
}

// ICU's range for English; for Chinese (whose ICU ranges are all-numeric) the ends joined, repeated
// year and month dropped.
function intlDayRange(locale: Locale, from: string, to: string): string {
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
  const f = dtf(locale, opts);
  if (locale === 'en') return f.formatRange(noon(from), noon(to));
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  const tail: Intl.DateTimeFormatOptions = sameMonth ? { day: 'numeric' } : sameYear ? { month: 'long', day: 'numeric' } : opts;
  return `${f.format(noon(from))}${locale === 'zh-Hant-HK' ? '至' : '–'}${dtf(locale, tail).format(noon(to))}`;
}

// Hour labels per locale: 24-hour "08:00" in zh-Hans, the locale's own hour-only pattern elsewhere.
const HOUR: Readonly<Record<Locale, Intl.DateTimeFormatOptions>> = {
  en: { hour: 'numeric' },
  'zh-Hans': { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  'zh-Hant-HK': { hour: 'numeric' },
};

// ICU's short range for English; for Chinese the ends joined (year only across years), zh-Hans sharing
// the month and its 日 within one month.
function intlDayRangeShort(locale: Locale, from: string, to: string): string {
  const short: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
  if (locale === 'en') return dtf(locale, short).formatRange(noon(from), noon(to));
  if (from === to) return dtf(locale, short).format(noon(from));
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  const sep = locale === 'zh-Hant-HK' ? '至' : '–';
  if (!sameYear) {
    const long: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
    return `${dtf(locale, long).format(noon(from))}${sep}${dtf(locale, long).format(noon(to))}`;
  }
  if (!sameMonth) return `${dtf(locale, short).format(noon(from))}${sep}${dtf(locale, short).format(noon(to))}`;
  const day = (d: string) => dtf(locale, { day: 'numeric' }).format(noon(d));
  if (locale === 'zh-Hant-HK') return `${dtf(locale, short).format(noon(from))}${sep}${day(to)}`;
  return `${dtf(locale, { month: 'short' }).format(noon(from))}${day(from).replace('日', '')}${sep}${day(to)}`;
}

describe('event-calendar format', () => {
  const days = [...daysBetween('2026-01-01', '2027-01-01'), '2028-02-29', '1999-12-31', '2100-03-01', '1000-01-01'];

  for (const locale of LOCALES) {
    describe(locale, () => {
      const fmt = new CalendarFormat(locale, 'Asia/Shanghai');

      it('should name months, weekdays and days as Intl does', () => {
        for (const day of days) {
          const ms = noon(day);
          expect(fmt.month(day), day).to.equal(dtf(locale, { year: 'numeric', month: 'long' }).format(ms));
          expect(fmt.weekday(day, 'short'), day).to.equal(dtf(locale, { weekday: 'short' }).format(ms));
          expect(fmt.weekday(day, 'long'), day).to.equal(dtf(locale, { weekday: 'long' }).format(ms));
          expect(fmt.day(day), day).to.equal(dtf(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(ms));
          expect(fmt.dayShort(day), day).to.equal(dtf(locale, { month: 'short', day: 'numeric' }).format(ms));
        }
      });

      it('should write hour labels as Intl does, in the hour cycle of the locale', () => {
        for (let h = 0; h < 24; h++) {
          expect(fmt.hour(h), `${h}`).to.equal(dtf(locale, HOUR[locale]).format(Date.UTC(2026, 0, 1, h)));
        }
        // The same cycle as the event times: 12-hour with a day period, except zh-Hans (24-hour).
        expect(/am|pm|上午|下午/.test(fmt.hour(14) + fmt.time(Date.UTC(2026, 0, 1, 6)))).to.equal(locale !== 'zh-Hans');
      });

      it('should write short spans of days as Intl does (Chinese: never all-numeric)', () => {
        const starts = ['2026-03-09', '2026-02-23', '2025-12-29', '2026-11-23', '2026-11-30', '2026-08-31', '2028-02-28'];
        for (const from of starts) {
          for (const n of [0, 1, 6, 13, 40, 400]) {
            const to = addDays(from, n);
            expect(fmt.dayRangeShort(from, to), `${from} ${to}`).to.equal(intlDayRangeShort(locale, from, to));
          }
        }
        expect(fmt.dayRangeShort('2026-11-23', '2026-11-29')).to.equal({ en: '23–29 Nov', 'zh-Hans': '11月23–29日', 'zh-Hant-HK': '11月23日至29日' }[locale]);
      });

      it('should write times of day as Intl does, in any zone (including a daylight-saving change)', () => {
        for (const zone of ZONES) {
          const from = Date.parse('2026-03-08T00:00:00Z');
          for (let ms = from; ms < from + 2 * 86_400_000; ms += 7 * 60_000 + 13_000) {
            expect(fmt.time(ms, zone), `${zone} ${new Date(ms).toISOString()}`).to.equal(dtf(locale, TIME, zone).format(ms));
          }
        }
      });

      it('should write time ranges as the Intl-based implementation did', () => {
        const rand = seeded(3);
        for (const zone of ZONES) {
          for (let i = 0; i < 400; i++) {
            const start = Date.parse('2026-03-14T00:00:00Z') + Math.floor(rand() * 96) * 900_000;
            const end = start + Math.floor(rand() * 80) * 900_000 - (i % 10 === 0 ? 1_800_000 : 0);
            expect(fmt.timeRange(start, end, zone), `${zone} ${start} ${end}`).to.equal(intlTimeRange(locale, start, end, zone));
          }
        }
      });

      it('should write spans of days as before (same day, month, year, and across years)', () => {
        const starts = ['2026-03-09', '2026-02-23', '2025-12-29', '2026-11-30', '2028-02-28'];
        for (const from of starts) {
          for (const n of [0, 1, 6, 13, 40, 400]) {
            const to = addDays(from, n);
            expect(fmt.dayRange(from, to), `${from} ${to}`).to.equal(intlDayRange(locale, from, to));
          }
        }
      });
    });
  }

  it('should construct no Intl formatter for the first frame’s patterns', () => {
    const original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return new original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    try {
      const fmt = new CalendarFormat('zh-Hant-HK', 'Asia/Hong_Kong');
      const t = Date.parse('2026-03-14T06:30:00Z');
      [fmt.month('2026-03-14'), fmt.weekday('2026-03-14', 'short'), fmt.day('2026-03-14'), fmt.dayShort('2026-03-14'), fmt.hour(7), fmt.dayRangeShort('2026-03-09', '2026-03-15'),
        fmt.time(t), fmt.timeRange(t, t + 5_400_000), fmt.dayRange('2026-03-09', '2026-03-15')].forEach((x) => expect(x).to.be.a('string'));
    } finally {
      Intl.DateTimeFormat = original;
    }
    expect(made).to.equal(0);
  });
});
