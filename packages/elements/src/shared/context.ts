import { createContext } from '@lit/context';
import type { ExchangeClient, Locale } from '@shhk/sdk';

/**
 * The SDK client shared by every element under an `<hk-exchange-provider>`.
 *
 * Keyed by a global symbol so that two copies of the kit on one page (the drop-in and an npm build)
 * still find each other's provider. The value is `undefined` while a provider has no `api-base` or
 * `dataset`; the type says so because standard-decorator accessors must match the context type exactly.
 *
 * @example
 * ```ts
 * @consume({ context: clientContext, subscribe: true }) @state() accessor contextClient: ExchangeClient | undefined;
 * ```
 */
export const clientContext = createContext<ExchangeClient | undefined>(Symbol.for('shhk/client'));

/** Colour theme: follow the page's `color-scheme` (`auto`), force one, or follow the OS (`system`). */
export type Theme = 'auto' | 'light' | 'dark' | 'system';

/** The theme names accepted by the `theme` attribute. */
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'system'];

/** Presentation settings a provider hands down to its elements. */
export interface HkConfig {
  /** The negotiated locale every descendant renders in, unless it sets its own `locale`. */
  locale: Locale;
  /** @default 'auto' */
  theme: Theme;
  /** IANA zone to show times in; absent means each event's own zone (Shanghai/Hong Kong time). */
  timeZone?: string | undefined;
}

/**
 * Locale, theme and display time zone from the nearest `<hk-exchange-provider>`.
 *
 * @example
 * ```ts
 * @consume({ context: configContext, subscribe: true }) @state() accessor contextConfig: HkConfig | undefined;
 * ```
 */
export const configContext = createContext<HkConfig | undefined>(Symbol.for('shhk/config'));

/** The same context as {@link configContext}, under the name used for locale lookups. */
export const localeContext = configContext;

/** Reads a `theme` attribute value, falling back to `auto` for anything unknown. */
export function parseTheme(value: string | null | undefined): Theme {
  return THEMES.includes(value as Theme) ? (value as Theme) : 'auto';
}
