import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { createClient, negotiateLocale, type ExchangeClient, type Locale } from '@shhk/sdk';
import { clientContext, configContext, parseTheme, type HkConfig, type Theme } from '../shared/context.js';
import { closestLang, visitorLanguages, watchPageLang } from '../shared/base-element.js';
import { defineElement } from '../shared/define.js';

/**
 * Configures every kit element inside it at once: one SDK client, one locale, one theme.
 *
 * Renders nothing of its own (`display: contents`); children keep their own layout. Elements inside
 * may still override any setting with their own attributes.
 *
 * Define the provider before the elements it wraps (the drop-in and `define.js` do), or attach a
 * `ContextRoot` from `@lit/context` to the page when registration order cannot be controlled.
 *
 * @summary Shares the API client, locale and theme with the kit elements inside it.
 * @slot - The kit elements (and any other content) to configure.
 *
 * @example
 * ```html
 * <hk-exchange-provider api-base="https://exchange.example.org/v1" locale="zh-Hant-HK" theme="auto">
 *   <hk-event-calendar></hk-event-calendar>
 * </hk-exchange-provider>
 * ```
 */
export class HkExchangeProvider extends LitElement {
  /** The provider's styles: `display: contents` and the `theme` → `color-scheme` mapping children inherit. */
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='system']) {
      color-scheme: light dark;
    }
  `;

  /**
   * Registers the class under `tag` (default `hk-exchange-provider`); does nothing if the tag is taken.
   * @example
   * ```ts
   * HkExchangeProvider.define();
   * ```
   */
  static define(tag = 'hk-exchange-provider', registry: CustomElementRegistry | null | undefined = globalThis.customElements): void {
    defineElement(tag, this, registry);
  }

  #clientSetExplicitly = false;

  // Attributes are `static properties` with `declare` fields, and the two provided values are plain
  // accessors over ContextProviders: TypeScript's down-levelled decorators cost more bytes (see HkElement).
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    datasetUrl: { attribute: 'dataset' },
    locale: { reflect: true },
    theme: { reflect: true },
    timeZone: { attribute: 'time-zone' },
  };

  #client = new ContextProvider(this, { context: clientContext });
  #config = new ContextProvider(this, {
    context: configContext,
    initialValue: { locale: negotiateLocale({ languages: visitorLanguages() }), theme: 'auto' } as HkConfig,
  });

  constructor() {
    super();
    watchPageLang(this); // the page's lang decides the locale when `locale` is unset
  }

  /**
   * The SDK client given to descendants. Built from `api-base` / `dataset` and the locale; set it
   * yourself to share a client you created (e.g. with a custom `fetch`), and the attributes are ignored.
   */
  get client(): ExchangeClient | undefined {
    return this.#client.value;
  }
  set client(value: ExchangeClient | undefined) {
    const old = this.#client.value;
    this.#client.setValue(value); // descendants hear of it at once
    this.requestUpdate('client', old);
  }

  /** Locale, theme and time zone given to descendants (derived from the attributes). */
  get config(): HkConfig {
    return this.#config.value!;
  }
  set config(value: HkConfig) {
    const old = this.#config.value;
    this.#config.setValue(value);
    this.requestUpdate('config', old);
  }

  /** Base URL of the Exchange API, including `/v1`. Relative URLs resolve against the page. @default undefined */
  declare apiBase: string | undefined;

  /** URL of an offline dataset JSON file, used when there is no `api-base`. @default undefined */
  declare datasetUrl: string | undefined;

  /**
   * Requested locale: `zh-Hans`, `zh-Hant-HK`, `en` or an alias (`zh-CN`, `zh-HK`, `zh-TW`, `en-GB` …).
   * Unset: the page's `lang`, then the visitor's browser languages, then `zh-Hans`.
   * @default undefined
   */
  declare locale: string | undefined;

  /** `auto` (follow the page), `light`, `dark` or `system` (follow the OS). @default 'auto' */
  declare theme: Theme | undefined;

  /** IANA zone (or `local`) descendants show times in; an element's own `time-zone` wins. Unset: Shanghai/Hong Kong time (UTC+8). @default undefined */
  declare timeZone: string | undefined;

  /** The locale descendants render in, after negotiation. */
  get resolvedLocale(): Locale {
    return this.config.locale;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Only an outside assignment shows up here: the provider's own assignment below comes later.
    if (changed.has('client')) this.#clientSetExplicitly = this.client !== undefined;

    const page = closestLang(this);
    const locale = negotiateLocale({ requested: this.locale, languages: page ? [page, ...visitorLanguages()] : visitorLanguages() });
    const theme = parseTheme(this.theme);
    const timeZone = this.timeZone || undefined;
    const { config } = this;
    if (config.locale !== locale || config.theme !== theme || config.timeZone !== timeZone) {
      this.config = { locale, theme, timeZone };
    }

    if (!this.#clientSetExplicitly && (changed.has('apiBase') || changed.has('datasetUrl') || config.locale !== locale || !this.hasUpdated)) {
      this.client = this.#createClient(locale);
    }
  }

  #createClient(locale: Locale): ExchangeClient | undefined {
    try {
      if (this.apiBase) return createClient({ baseUrl: this.apiBase, locale });
      if (this.datasetUrl) return createClient({ dataset: this.datasetUrl, locale });
    } catch {
      // A malformed attribute must not throw into the host page; descendants show their error state.
    }
    return undefined;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hk-exchange-provider': HkExchangeProvider;
  }
}
