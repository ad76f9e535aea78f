import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { createClient, negotiateLocale, type ExchangeClient, type Locale } from '@shhk/sdk';
import { clientContext, configContext, parseTheme, type HkConfig, type Theme } from './context.js';

/** The language of the nearest ancestor with a `lang` attribute, crossing shadow roots. */
export function closestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** The visitor's languages, or none where there is no `navigator` (SSR). */
export function visitorLanguages(): readonly string[] {
  return globalThis.navigator?.languages ?? [];
}

/**
 * Base class of the kit's data elements: resolves the client, locale and theme from the element's
 * own attributes first, then from the nearest `<hk-exchange-provider>`, then from the page.
 *
 * - client: own `api-base` or `dataset` → provider's client → none (subclasses render their empty
 *   configuration state);
 * - locale: own `locale` → provider's locale → nearest `lang` attribute → `navigator.languages` →
 *   `zh-Hans`; aliases such as `zh-HK` or `en-GB` are accepted.
 *
 * Subclasses render `lang=${this.resolvedLocale}` on their `part="base"` wrapper and include
 * `tokens` and `baseStyles` in their styles. Not registered itself; subclasses add `static define()`.
 */
export class HkElement extends LitElement {
  // One client per distinct api-base/dataset/locale, shared across instances so that twenty
  // elements on a page without a provider still make one client each configuration.
  static #clients = new Map<string, ExchangeClient>();

  // @consume sits above @state so context updates re-render (pitfall P10).
  /** The client provided by an enclosing `<hk-exchange-provider>`, if any. */
  @consume({ context: clientContext, subscribe: true })
  @state()
  accessor contextClient: ExchangeClient | undefined;

  /** Locale, theme and zone provided by an enclosing `<hk-exchange-provider>`, if any. */
  @consume({ context: configContext, subscribe: true })
  @state()
  accessor contextConfig: HkConfig | undefined;

  /**
   * Base URL of an Exchange API including `/v1`, for use without a provider (or to override it).
   * @default undefined
   */
  @property({ attribute: 'api-base' })
  accessor apiBase: string | undefined;

  /** URL of an offline dataset JSON file, used instead of an API. @default undefined */
  @property({ attribute: 'dataset' })
  accessor datasetUrl: string | undefined;

  /** Display locale or an alias (`zh-CN`, `zh-HK`, `en-GB` …). Unset: inherited. @default undefined */
  @property({ reflect: true })
  accessor locale: string | undefined;

  /** `auto` follows the page's `color-scheme`; `light`, `dark` or `system` force one. @default undefined (inherited) */
  @property({ reflect: true })
  accessor theme: Theme | undefined;

  /** The locale the element renders in. */
  get resolvedLocale(): Locale {
    if (this.locale) return negotiateLocale({ requested: this.locale, languages: this.#pageLanguages() });
    if (this.contextConfig) return this.contextConfig.locale;
    return negotiateLocale({ languages: this.#pageLanguages() });
  }

  /** The effective theme: own attribute, else the provider's, else `auto`. */
  get resolvedTheme(): Theme {
    return this.theme ? parseTheme(this.theme) : (this.contextConfig?.theme ?? 'auto');
  }

  /** The zone to display times in, from the provider; `undefined` means each record's own zone. */
  get resolvedTimeZone(): string | undefined {
    return this.contextConfig?.timeZone;
  }

  /** The client to load data with, or `undefined` when none is configured. */
  get client(): ExchangeClient | undefined {
    if (this.apiBase || this.datasetUrl) return this.#ownClient();
    return this.contextClient;
  }

  #pageLanguages(): readonly string[] {
    const lang = closestLang(this);
    return lang ? [lang, ...visitorLanguages()] : visitorLanguages();
  }

  #ownClient(): ExchangeClient | undefined {
    const locale = this.resolvedLocale;
    const key = JSON.stringify([this.apiBase ?? null, this.apiBase ? null : (this.datasetUrl ?? null), locale]);
    let client = HkElement.#clients.get(key);
    if (!client) {
      try {
        client = this.apiBase ? createClient({ baseUrl: this.apiBase, locale }) : createClient({ dataset: this.datasetUrl, locale });
      } catch {
        // A malformed attribute must not throw into the host page; the element shows its error state.
        return undefined;
      }
      HkElement.#clients.set(key, client);
    }
    return client;
  }
}
