import { LitElement, type PropertyDeclarations, type ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
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

const langWatchers = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

/**
 * Updates `host` while it is connected whenever a `lang` attribute changes in the page (a site
 * switching language in place sets `<html lang>`). One observer serves every element.
 */
export function watchPageLang(host: ReactiveControllerHost): void {
  host.addController({
    hostConnected() {
      const root = globalThis.document?.documentElement;
      if (!root || typeof MutationObserver === 'undefined') return;
      langWatchers.add(host);
      if (!langObserver) {
        langObserver = new MutationObserver(() => langWatchers.forEach((w) => w.requestUpdate()));
        langObserver.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      }
    },
    hostDisconnected() {
      langWatchers.delete(host);
      if (!langWatchers.size) langObserver = void langObserver?.disconnect();
    },
  });
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

  // Reactive properties are declared in `static properties` with `declare` fields rather than with
  // decorators: TypeScript's down-levelled standard decorators cost ~150 bytes minified per field.
  static override properties: PropertyDeclarations = {
    contextClient: { state: true },
    contextConfig: { state: true },
    apiBase: { attribute: 'api-base' },
    datasetUrl: { attribute: 'dataset' },
    locale: { reflect: true },
    theme: { reflect: true },
  };

  /** The client provided by an enclosing `<hk-exchange-provider>`, if any. */
  declare contextClient: ExchangeClient | undefined;

  /** Locale, theme and zone provided by an enclosing `<hk-exchange-provider>`, if any. */
  declare contextConfig: HkConfig | undefined;

  /**
   * Base URL of an Exchange API including `/v1`, for use without a provider (or to override it).
   * @default undefined
   */
  declare apiBase: string | undefined;

  /** URL of an offline dataset JSON file, used instead of an API. @default undefined */
  declare datasetUrl: string | undefined;

  /** Display locale or an alias (`zh-CN`, `zh-HK`, `en-GB` …). Unset: inherited. @default undefined */
  declare locale: string | undefined;

  /** `auto` follows the page's `color-scheme`; `light`, `dark` or `system` force one. @default undefined (inherited) */
  declare theme: Theme | undefined;

  constructor() {
    super();
    // Subscribed context values land in the reactive state properties above, which re-render.
    new ContextConsumer(this, { context: clientContext, subscribe: true, callback: (v) => (this.contextClient = v) });
    new ContextConsumer(this, { context: configContext, subscribe: true, callback: (v) => (this.contextConfig = v) });
    watchPageLang(this);
  }

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
