import type * as z from 'zod/mini';
import { District, Page, type Page as PageOf } from '../model/common.js';
import type { Locale } from '../model/locale.js';
import type { EventQuery, ItemByResource, QueryByResource, ResourceName } from '../query/index.js';
import { toSearchParams } from '../query/serialize.js';
import { RESOURCE_SCHEMAS } from './schemas.js';
import type { Source } from './source.js';
import type { Transport } from './transport.js';

// Internal: the client's answers from the Exchange API over HTTP.

export class HttpSource implements Source {
  readonly #transport: Transport;
  readonly #pages = new Map<string, z.ZodMiniType<PageOf<unknown>>>();

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  listUrl<R extends ResourceName>(resource: R, query: QueryByResource[R]): string {
    return this.#transport.url(withQuery(resource, toSearchParams(resource, query)));
  }

  list<R extends ResourceName>(resource: R, query: QueryByResource[R], signal: AbortSignal | undefined): Promise<PageOf<ItemByResource[R]>> {
    const path = withQuery(resource, toSearchParams(resource, query));
    return this.#transport.getJson(path, this.#page(resource, RESOURCE_SCHEMAS[resource]), signal);
  }

  get<R extends ResourceName>(resource: R, id: string, signal: AbortSignal | undefined): Promise<ItemByResource[R]> {
    return this.#transport.getJson(`${resource}/${encodeURIComponent(id)}`, RESOURCE_SCHEMAS[resource], signal);
  }

  districts(signal: AbortSignal | undefined): Promise<PageOf<District>> {
    return this.#transport.getJson('districts', this.#page('districts', District), signal);
  }

  icsUrl(query: EventQuery, locale: Locale | undefined): string {
    // A feed is the whole filtered list (the server refuses paging parameters on it), and calendar
    // apps send their own Accept-Language, so the locale travels as `lang`.
    const { cursor: _cursor, limit: _limit, ...filters } = query;
    const params = toSearchParams('events', filters);
    if (locale) params.set('lang', locale);
    return this.#transport.url(withQuery('events.ics', params));
  }

  // Page schemas are built on first use and kept, so each resource pays for it once.
  #page<T>(key: string, item: z.ZodMiniType<T>): z.ZodMiniType<PageOf<T>> {
    let schema = this.#pages.get(key);
    if (!schema) {
      schema = Page(item) as z.ZodMiniType<PageOf<unknown>>;
      this.#pages.set(key, schema);
    }
    return schema as z.ZodMiniType<PageOf<T>>;
  }
}

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
