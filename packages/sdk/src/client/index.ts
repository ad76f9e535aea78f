import type { Dataset } from '../model/dataset.js';
import type { District, Page } from '../model/common.js';
import type { Locale } from '../model/locale.js';
import type {
  EventQuery, HolidayQuery, IncubatorQuery, ItemByResource, OrganizationQuery, PolicyQuery, ProgramQuery, QueryByResource,
  ResourceName, TalentQuery,
} from '../query/index.js';
import type { Event } from '../model/event.js';
import type { Incubator } from '../model/incubator.js';
import type { Organization } from '../model/organization.js';
import type { Policy } from '../model/policy.js';
import type { Program } from '../model/program.js';
import type { Talent } from '../model/talent.js';
import type { Holiday } from '../model/holiday.js';
import { ResponseValidationError } from './errors.js';
import { HttpSource } from './http.js';
import { LazyOfflineSource } from './lazy-offline.js';
import type { Source } from './source.js';
import { Transport, type FetchFunction, type RetryOptions } from './transport.js';

export type { FetchFunction, RetryOptions } from './transport.js';

/** Options of {@link createClient}. Give exactly one of `baseUrl` and `dataset`. */
export interface ClientOptions {
  /**
   * Base URL of an Exchange API, including its version path. Relative URLs resolve against the page.
   * Mutually exclusive with `dataset`.
   * @example
   * ```ts
   * createClient({ baseUrl: 'https://api.example.org/v1' });
   * createClient({ baseUrl: '/v1' }); // same origin
   * ```
   */
  baseUrl?: string | URL | undefined;
  /**
   * An offline source instead of an API: the URL of a dataset JSON file (fetched once, on first use)
   * or a {@link Dataset} object. Answers every call in memory with the same query semantics as the
   * server. Mutually exclusive with `baseUrl`.
   * @example
   * ```ts
   * createClient({ dataset: '/data/shhk-dataset.json' });
   * createClient({ dataset: await import('./dataset.json', { with: { type: 'json' } }).then((m) => m.default) });
   * ```
   */
  dataset?: string | URL | Dataset | undefined;
  /**
   * Sent as `Accept-Language` on every API request.
   * @default undefined (no header)
   * @example
   * ```ts
   * createClient({ baseUrl, locale: 'zh-Hant-HK' });
   * ```
   */
  locale?: Locale | undefined;
  /**
   * The `fetch` to use, e.g. a test double or an instrumented fetch. It is always called with a `Request`.
   * @default globalThis.fetch
   * @example
   * ```ts
   * createClient({ baseUrl, fetch: async (request) => Response.json({ items: [], nextCursor: null }) });
   * ```
   */
  fetch?: FetchFunction | undefined;
  /**
   * Time in milliseconds to wait for each attempt's response before failing with a `TimeoutError`;
   * `false` waits forever.
   * @default 10000
   * @example
   * ```ts
   * createClient({ baseUrl, timeout: 5000 });
   * ```
   */
  timeout?: number | false | undefined;
  /**
   * Retries of failed GET requests: on network errors and `408/429/500/502/503/504`, with exponential
   * backoff and jitter; `429` and `503` wait as their `Retry-After` header says (up to `maxRetryAfter`).
   * A number sets only the limit; `0` disables retries.
   * @default { limit: 2, baseDelay: 300, backoffLimit: 5000, jitter: true, maxRetryAfter: 10000 }
   * @example
   * ```ts
   * createClient({ baseUrl, retry: { limit: 4, maxRetryAfter: 30_000 } });
   * ```
   */
  retry?: number | RetryOptions | undefined;
  /**
   * Extra request headers. `locale` overrides an `Accept-Language` given here.
   * @default {}
   * @example
   * ```ts
   * createClient({ baseUrl, headers: { 'x-partner': 'hku' } });
   * ```
   */
  headers?: HeadersInit | undefined;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborts the request and any pending retry; the call then rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal | undefined;
}

/** A list resource of the Exchange API, e.g. `client.events`. */
export interface ListResource<T, Q> {
  /**
   * One page of the list, filtered and sorted by `query`. Pass `query.cursor` = a previous page's
   * `nextCursor` for the next page.
   * @example
   * ```ts
   * const page = await client.events.list({ region: ['hong-kong'], from: '2026-05-01', limit: 20 }, { signal });
   * ```
   */
  list(query?: Q, options?: RequestOptions): Promise<Page<T>>;
  /**
   * One record by id. Rejects with an `ApiError` of status 404 when there is none.
   * @example
   * ```ts
   * const incubator = await client.incubators.get('sh-innospace');
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<T>;
  /**
   * Every record matching `query`, page after page, fetching the next page only when needed.
   * @example
   * ```ts
   * for await (const talent of client.talents.iterate({ region: ['shanghai'] })) render(talent);
   * ```
   */
  iterate(query?: Q, options?: RequestOptions): AsyncIterableIterator<T>;
}

/** `client.events`: a list resource plus the URL of its calendar feed. */
export interface EventResource extends ListResource<Event, EventQuery> {
  /**
   * The URL of the ICS subscription feed for the events matching `query` (paging parameters are
   * dropped), or `undefined` for an offline client, which has no server to serve it. The feed's
   * language is `options.locale`, else the client's `locale`, sent as `lang` (calendar apps that
   * subscribe send their own `Accept-Language`); without either, the server negotiates.
   * @example
   * ```ts
   * client.events.icsUrl({ region: ['shanghai'] }, { locale: 'en' });
   * // 'https://api.example.org/v1/events.ics?region=shanghai&lang=en'
   * ```
   */
  icsUrl(query?: EventQuery, options?: { locale?: Locale | undefined }): string | undefined;
}

/** `client.districts`: the 16 Shanghai and 18 Hong Kong districts, in one page. */
export interface DistrictResource {
  /** Every district. */
  list(options?: RequestOptions): Promise<Page<District>>;
}

/** A client of the Exchange API (or of an offline dataset), created by {@link createClient}. */
export interface ExchangeClient {
  readonly events: EventResource;
  readonly incubators: ListResource<Incubator, IncubatorQuery>;
  readonly organizations: ListResource<Organization, OrganizationQuery>;
  readonly policies: ListResource<Policy, PolicyQuery>;
  readonly programs: ListResource<Program, ProgramQuery>;
  readonly talents: ListResource<Talent, TalentQuery>;
  readonly holidays: ListResource<Holiday, HolidayQuery>;
  readonly districts: DistrictResource;
}

/**
 * Creates a client of the Exchange API at `baseUrl`, or of an offline `dataset`, with the same calls
 * and results either way. Every response is validated against the SDK's schemas; failures reject with
 * the SDK's errors (`ApiError`, `NetworkError`, `TimeoutError`, `ResponseValidationError`), and a
 * caller's abort rejects with the caller's `AbortError`.
 *
 * @throws TypeError when neither or both of `baseUrl` and `dataset` are given.
 * @example
 * ```ts
 * import { createClient, isApiError } from '@shhk/sdk';
 *
 * const client = createClient({ baseUrl: 'https://api.example.org/v1', locale: 'en' });
 * const { items } = await client.incubators.list({ district: ['sh-yangpu'], acceptsHongKongFounders: true });
 * ```
 */
export function createClient(options: ClientOptions): ExchangeClient {
  const { baseUrl, dataset, locale, fetch, timeout = 10_000, retry } = options;
  const hasBase = baseUrl !== undefined && String(baseUrl) !== '';
  const hasDataset = dataset !== undefined && dataset !== null && (typeof dataset !== 'string' || dataset !== '');
  if (hasBase === hasDataset) {
    throw new TypeError(
      hasBase
        ? 'createClient: give either `baseUrl` (an Exchange API) or `dataset` (an offline dataset), not both.'
        : 'createClient: give `baseUrl` (an Exchange API, e.g. "https://api.example.org/v1") or `dataset` (a dataset URL or object).',
    );
  }
  const headers = new Headers(options.headers);
  headers.set('accept', 'application/json');
  if (locale) headers.set('accept-language', locale);

  let source: Source;
  if (hasBase) {
    const prefixUrl = String(baseUrl).replace(/\/+$/, '');
    source = new HttpSource(new Transport({ prefixUrl, fetch, timeout, retry, headers }));
  } else {
    const input = typeof dataset === 'string' || dataset instanceof URL ? String(dataset) : (dataset as Dataset);
    source = new LazyOfflineSource(new Transport({ fetch, timeout, retry, headers }), input);
  }

  const events: EventResource = { ...listResource(source, 'events'), icsUrl: (query = {}, icsOptions) => source.icsUrl(query, icsOptions?.locale ?? locale) };
  return Object.freeze({
    events: Object.freeze(events),
    incubators: listResource(source, 'incubators'),
    organizations: listResource(source, 'organizations'),
    policies: listResource(source, 'policies'),
    programs: listResource(source, 'programs'),
    talents: listResource(source, 'talents'),
    holidays: listResource(source, 'holidays'),
    districts: Object.freeze({ list: (requestOptions?: RequestOptions) => source.districts(requestOptions?.signal) }),
  });
}

// Plain objects of closures, so methods work detached (`const { list } = client.events`).
function listResource<R extends ResourceName>(source: Source, resource: R): ListResource<ItemByResource[R], QueryByResource[R]> {
  const list = (query?: QueryByResource[R], options?: RequestOptions) => source.list(resource, query ?? ({} as QueryByResource[R]), options?.signal);
  return Object.freeze({
    list,
    get: (id: string, options?: RequestOptions) => {
      if (typeof id !== 'string' || id === '') return Promise.reject(new TypeError(`${resource}.get: id must be a non-empty string`));
      return source.get(resource, id, options?.signal);
    },
    iterate: (query?: QueryByResource[R], options?: RequestOptions) => iteratePages(list, query, options, (q) => source.listUrl(resource, q)),
  });
}

async function* iteratePages<T, Q extends { cursor?: string }>(
  list: (query: Q | undefined, options?: RequestOptions) => Promise<Page<T>>,
  query: Q | undefined,
  options: RequestOptions | undefined,
  urlOf: (query: Q) => string,
): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  let cursor = query?.cursor;
  for (;;) {
    const pageQuery = { ...query, ...(cursor === undefined ? {} : { cursor }) } as Q;
    const page = await list(pageQuery, options);
    yield* page.items;
    if (page.nextCursor === null) return;
    // A server that hands out a cursor twice would otherwise loop forever.
    if (seen.has(page.nextCursor)) {
      throw new ResponseValidationError({
        method: 'GET',
        url: urlOf(pageQuery),
        issues: [{ path: ['nextCursor'], message: `The cursor "${page.nextCursor}" was returned twice`, code: 'cursor_loop' }],
      });
    }
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}
