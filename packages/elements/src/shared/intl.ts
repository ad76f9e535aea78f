import type { Locale, Money } from '@shhk/sdk';

/**
 * The tag handed to `Intl` for each locale. English formats as `en-HK` (day-month order, `HK$`,
 * `CN¥`), which reads naturally to both audiences; Simplified Chinese as mainland usage.
 */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = {
  'zh-Hans': 'zh-Hans-CN',
  'zh-Hant-HK': 'zh-Hant-HK',
  en: 'en-HK',
};

/** The `Intl` tag for a kit locale (see {@link INTL_LOCALE}). */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale] ?? locale;
}

// Constructing Intl formatters is slow (tens of µs each); a calendar month formats hundreds of values.
const cache = new Map<string, unknown>();

function cacheKey(kind: string, locale: Locale, options: object | undefined): string {
  if (!options) return `${kind}|${locale}`;
  const entries = Object.entries(options).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${kind}|${locale}|${JSON.stringify(entries)}`;
}

function cached<T>(kind: string, locale: Locale, options: object | undefined, create: () => T): T {
  const key = cacheKey(kind, locale, options);
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * A cached `Intl.DateTimeFormat` for a kit locale.
 *
 * @example
 * ```ts
 * dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'Asia/Hong_Kong' }).format(date);
 * ```
 */
export function dateTimeFormat(locale: Locale, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('dt', locale, options, () => new Intl.DateTimeFormat(intlLocale(locale), options));
}

/** A cached `Intl.NumberFormat` for a kit locale. */
export function numberFormat(locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('num', locale, options, () => new Intl.NumberFormat(intlLocale(locale), options));
}

/** A cached `Intl.RelativeTimeFormat` for a kit locale. @default numeric 'auto' */
export function relativeTimeFormat(locale: Locale, options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' }): Intl.RelativeTimeFormat {
  return cached('rel', locale, options, () => new Intl.RelativeTimeFormat(intlLocale(locale), options));
}

/** A cached `Intl.ListFormat` for a kit locale. @default type 'conjunction' */
export function listFormat(locale: Locale, options: Intl.ListFormatOptions = { type: 'conjunction' }): Intl.ListFormat {
  return cached('list', locale, options, () => new Intl.ListFormat(intlLocale(locale), options));
}

/** Digits after the decimal point of each currency's minor unit. */
const MINOR_DIGITS: Readonly<Record<Money['currency'], number>> = { CNY: 2, HKD: 2 };

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /**
   * `symbol` (CN¥ / ¥ / HK$) or `name` ("Chinese yuan"), e.g. for a screen-reader twin of a headline
   * amount. `narrowSymbol` is deliberately not offered: it turns HKD into a bare "$".
   * @default 'symbol'
   */
  currencyDisplay?: 'symbol' | 'name' | 'code';
}

/**
 * Formats money held in integer minor units (fen, cents) for a locale. Whole amounts drop ".00".
 *
 * @example
 * ```ts
 * formatMoney({ amountMinor: 123456750, currency: 'CNY' }, 'en');        // 'CN¥1,234,567.50'
 * formatMoney({ amountMinor: 5000000, currency: 'HKD' }, 'zh-Hant-HK'); // 'HK$50,000'
 * ```
 */
export function formatMoney(money: Money, locale: Locale, options: FormatMoneyOptions = {}): string {
  const digits = MINOR_DIGITS[money.currency] ?? 2;
  const scale = 10 ** digits;
  const whole = money.amountMinor % scale === 0;
  const format = numberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    currencyDisplay: options.currencyDisplay ?? 'symbol',
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: whole ? 0 : digits,
  });
  // Integer division keeps the value exact for any realistic amount (well below 2^53 minor units).
  return format.format(money.amountMinor / scale);
}

/** First day of the week per locale when `Intl.Locale#getWeekInfo` is missing (CLDR values). */
export const FIRST_DAY_FALLBACK: Readonly<Record<Locale, number>> = {
  'zh-Hans': 1,
  'zh-Hant-HK': 7,
  en: 7,
};

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/**
 * The first day of the week for a locale, ISO-numbered (1 = Monday … 7 = Sunday): from
 * `Intl.Locale` week info where the browser has it, else {@link FIRST_DAY_FALLBACK}.
 *
 * @example
 * ```ts
 * firstDayOfWeek('zh-Hans'); // 1 (Monday)
 * firstDayOfWeek('en');      // 7 (Sunday)
 * ```
 */
export function firstDayOfWeek(locale: Locale): number {
  return cached('week', locale, undefined, () => {
    try {
      const intl = new Intl.Locale(intlLocale(locale)) as Intl.Locale & WeekInfoLocale;
      const info = intl.getWeekInfo?.() ?? intl.weekInfo;
      if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
    } catch {
      // Old engines without Intl.Locale: use the table.
    }
    return FIRST_DAY_FALLBACK[locale] ?? 7;
  });
}

/** {@link firstDayOfWeek} as a JavaScript weekday (0 = Sunday … 6 = Saturday), as `Date#getDay` counts. */
export function firstWeekday(locale: Locale): number {
  return firstDayOfWeek(locale) % 7;
}
