import * as z from 'zod/mini';

/** The three locales the kit speaks. */
export const LOCALES = ['zh-Hans', 'zh-Hant-HK', 'en'] as const;

/** A supported locale: Simplified Chinese, Hong Kong Traditional Chinese, or English. */
export const Locale = z.enum(LOCALES);
export type Locale = z.output<typeof Locale>;

/** The locale used when nothing else matches. */
export const DEFAULT_LOCALE: Locale = 'zh-Hans';

// A loop rather than `LOCALES.some(closure)`: this runs for every title of every record.
function hasText(t: Partial<Record<Locale, string>>): boolean {
  for (const l of LOCALES) {
    const text = t[l];
    if (typeof text === 'string' && text.trim() !== '') return true;
  }
  return false;
}

/**
 * Text in one or more of the three locales; at least one must be present and non-empty.
 * Read it with {@link pickText}, which applies the documented fallback chain.
 */
export const LocalizedText = z
  .object({
    'zh-Hans': z.optional(z.string()),
    'zh-Hant-HK': z.optional(z.string()),
    en: z.optional(z.string()),
  })
  .check(
    z.refine(hasText, {
      message: 'LocalizedText needs text in at least one of zh-Hans, zh-Hant-HK or en',
    }),
  );
export type LocalizedText = z.output<typeof LocalizedText>;
