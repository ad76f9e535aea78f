import { DEFAULT_LOCALE, LOCALES, type Locale, type LocalizedText } from '../model/locale.js';

/**
 * The BCP 47 tag to put in a `lang` attribute for each locale.
 *
 * @example
 * ```ts
 * el.lang = BCP47[picked.lang];
 * ```
 */
export const BCP47: Readonly<Record<Locale, string>> = {
  'zh-Hans': 'zh-Hans',
  'zh-Hant-HK': 'zh-Hant-HK',
  en: 'en',
};

// Script subtags decide first; without one, these regions write Traditional Chinese.
const HANT_REGIONS = new Set(['hk', 'mo', 'tw']);

/**
 * Maps a BCP 47 language tag (or a POSIX-style `zh_TW`) to one of the kit's locales.
 *
 * Case-insensitive. `zh`, `zh-CN`, `zh-SG`, `zh-Hans`, `zh-Hans-*` → `zh-Hans`; `zh-HK`, `zh-MO`,
 * `zh-TW`, `zh-Hant`, `zh-Hant-*` → `zh-Hant-HK`; `en`, `en-*` → `en`. A script subtag wins over a
 * region (`zh-Hans-HK` is Simplified). Cantonese (`yue`, `yue-HK`) reads Traditional. Other `zh-*`
 * regions read Simplified.
 *
 * @returns the locale, or `undefined` when the tag names none of the three.
 * @example
 * ```ts
 * normalizeLocale('zh_tw'); // 'zh-Hant-HK'
 * normalizeLocale('en-GB'); // 'en'
 * normalizeLocale('fr');    // undefined
 * ```
 */
export function normalizeLocale(tag: string): Locale | undefined {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  const [language, ...rest] = parts;
  if (language === 'en') return 'en';
  if (language !== 'zh' && language !== 'yue') return undefined;
  // Extended language subtags (`zh-yue-HK`) are three letters; treat Cantonese as Traditional.
  const subtags = rest[0] === 'yue' ? rest.slice(1) : rest;
  const cantonese = language === 'yue' || rest[0] === 'yue';
  for (const subtag of subtags) {
    if (subtag === 'hans') return 'zh-Hans';
    if (subtag === 'hant') return 'zh-Hant-HK';
  }
  const region = subtags.find((s) => s.length === 2);
  if (cantonese || (region !== undefined && HANT_REGIONS.has(region))) return 'zh-Hant-HK';
  return 'zh-Hans';
}

/** Inputs of {@link negotiateLocale}. */
export interface NegotiateLocaleOptions {
  /** An explicit choice, typically an element's `locale` attribute. Wins when it names a locale. */
  requested?: string | null | undefined;
  /**
   * The visitor's preferences in order, typically `navigator.languages`, passed in by the caller
   * (the SDK never reads `navigator`).
   */
  languages?: readonly string[] | undefined;
  /** Used when nothing else matches. @default 'zh-Hans' */
  fallback?: Locale | undefined;
}

/**
 * Chooses the locale to render in: the requested one, else the first of the visitor's languages that
 * maps to a locale, else the fallback.
 *
 * @example
 * ```ts
 * negotiateLocale({ requested: this.locale, languages: navigator.languages }); // e.g. 'zh-Hant-HK'
 * ```
 */
export function negotiateLocale(options: NegotiateLocaleOptions = {}): Locale {
  const { requested, languages = [], fallback = DEFAULT_LOCALE } = options;
  if (requested) {
    const locale = normalizeLocale(requested);
    if (locale) return locale;
  }
  for (const tag of languages) {
    const locale = normalizeLocale(tag);
    if (locale) return locale;
  }
  return fallback;
}

const FALLBACKS: Readonly<Record<Locale, readonly Locale[]>> = {
  'zh-Hans': ['zh-Hans', 'zh-Hant-HK', 'en'],
  'zh-Hant-HK': ['zh-Hant-HK', 'zh-Hans', 'en'],
  en: ['en', 'zh-Hans', 'zh-Hant-HK'],
};

/**
 * The order in which {@link pickText} looks for text: the locale itself, then the other Chinese
 * script (Chinese readers can read either), then English; English readers fall back to Simplified,
 * then Traditional.
 *
 * @example
 * ```ts
 * localeFallbacks('zh-Hant-HK'); // ['zh-Hant-HK', 'zh-Hans', 'en']
 * ```
 */
export function localeFallbacks(locale: Locale): readonly Locale[] {
  return FALLBACKS[locale];
}

/** A string together with the locale it is really written in. */
export interface PickedText {
  text: string;
  /** The locale of `text`, which differs from the requested one when a fallback was used. */
  lang: Locale;
}

/**
 * Reads localized text in a locale, following the fallback chain of {@link localeFallbacks} and
 * skipping empty or blank strings.
 *
 * Always render the result with its real `lang` (e.g. `<span lang=${BCP47[p.lang]}>`) so screen
 * readers and fonts treat fallback text correctly.
 *
 * @returns the text and its real locale, or `undefined` when there is no text at all.
 * @example
 * ```ts
 * pickText({ en: 'Forum', 'zh-Hans': '论坛' }, 'zh-Hant-HK'); // { text: '论坛', lang: 'zh-Hans' }
 * ```
 */
export function pickText(text: LocalizedText | undefined, locale: Locale): PickedText | undefined {
  if (!text) return undefined;
  for (const lang of FALLBACKS[locale] ?? LOCALES) {
    const value = text[lang];
    if (typeof value === 'string' && value.trim() !== '') return { text: value, lang };
  }
  return undefined;
}
