import { Hono } from 'hono';
import type { Context } from 'hono';
import type { Dataset, EventQuery } from './sdk.js';
import { parseQuery, runQuery, QueryError, toICalendar } from './sdk.js';
import { ALLOWED_METHODS, CorsPolicy, type CorsOrigins } from './cors.js';
import { badParameter, instanceOf, internalError, methodNotAllowed, notAcceptable, notFound } from './problem.js';
import { represent, RepresentationCache, resolveEncoders, send, type Compressors, type Representation } from './representation.js';
import { buildOpenApi } from './openapi.js';
import { acceptsMedia, calendarFileName, calendarName, FEED_LIMIT, localeFromRequest } from './feed.js';
import { LIST_RESOURCES, SINGULAR, type ListResource } from './resources.js';

// Runtime-neutral: this module and everything it imports use only standard Web APIs (no `node:`
// modules, no Node globals), so that `createApp` runs on any fetch-based runtime. File access and
// node:zlib live in the Node entry points (serve.ts, static.ts, node-compress.ts), which import this
// file, never the other way round. test/runtime-neutral.test.ts walks the import graph to hold it so.

export type { Compress, Compressors } from './representation.js';
export type { CorsOrigins } from './cors.js';

/** A file or folder served next to the API, e.g. the drop-in bundle or the example pages. */
export interface StaticRoute {
  /** An exact path (`/hk-elements.js`, `/`) or a prefix ending in `/` (`/examples/`); `/` alone is exact. */
  path: string;
  /**
   * Answers a GET for `subpath`: the decoded path below `path` (`''` for an exact route). Return
   * `undefined` for "not here", which becomes a 404 problem.
   */
  serve(subpath: string, request: Request): Response | undefined | Promise<Response | undefined>;
}

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The data to serve. It is treated as immutable: responses are cached by URL. */
  dataset: Dataset;
  /** Origins allowed to read responses from a browser: `'*'` or a list of exact origins. @default '*' */
  corsOrigins?: CorsOrigins;
  /** Clock, for DTSTAMP of events without `updatedAt` when the dataset has no `generatedAt`. @default () => new Date() */
  now?: () => Date;
  /** Public origin (and path prefix) the API is reached at, e.g. `https://api.example.org`; used in the OpenAPI `servers` and ICS `URL`. */
  publicBaseUrl?: string;
  /** Extra GET routes for files, checked after the API routes. */
  staticRoutes?: StaticRoute[];
  /** How many serialised responses to keep. `0` disables the cache. @default 1000 */
  cacheEntries?: number;
  /** Called with every unexpected error (a 500). @default ignore */
  onError?: (error: unknown, request: Request) => void;
  /**
   * Encoders for compressed responses. gzip uses the standard `CompressionStream` unless replaced
   * (or turned off with `gzip: null`); `br` is sent only when a brotli encoder is given, as
   * {@link startServer} does with `nodeCompressors`.
   * @default { gzip: CompressionStream('gzip'), br: null }
   */
  compress?: Compressors;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const LIST_CACHE = 'public, max-age=60';
const FEED_CACHE = 'public, max-age=300';
const OPENAPI_CACHE = 'public, max-age=3600';
const JSON_MEDIA = ['application/json', 'application/problem+json'];
const OPENAPI_MEDIA = ['application/json', 'application/openapi+json', 'application/vnd.oai.openapi+json'];
const CALENDAR_MEDIA = ['text/calendar'];

type Item = { id: string };

const isRepresentation = (value: Representation | Response): value is Representation =>
  typeof (value as Partial<Representation>).etag === 'string' && (value as Partial<Representation>).contentType !== undefined;

/**
 * Creates the Exchange API as a Hono app. Its `fetch(request)` is a standard handler and the module
 * imports nothing from Node, so the same app runs on Node (see {@link startServer}) and on other
 * fetch-based runtimes (import it from `@shhk/server/app` there).
 *
 * @example
 * ```ts
 * import { createApp } from '@shhk/server/app';
 * const app = createApp({ dataset });
 * const res = await app.fetch(new Request('http://x/v1/events?kind=forum'));
 * ```
 */
export function createApp(options: AppOptions): Hono {
  const { dataset } = options;
  const cors = new CorsPolicy(options.corsOrigins ?? '*');
  const cache = new RepresentationCache(options.cacheEntries ?? 1000);
  const encoders = resolveEncoders(options.compress);
  const base = options.publicBaseUrl?.replace(/\/+$/, '');
  // DTSTAMP falls back to the dataset's own timestamp so feeds stay byte-stable (and their ETags useful).
  const stamp = (): Date => (dataset.generatedAt ? new Date(dataset.generatedAt) : (options.now ?? (() => new Date()))());
  const onError = options.onError ?? (() => undefined);

  const byId = new Map<ListResource, Map<string, Item>>();
  for (const resource of LIST_RESOURCES) {
    const map = new Map<string, Item>();
    for (const item of dataset[resource] as Item[]) map.set(item.id, item);
    byId.set(resource, map);
  }
  const counts = Object.fromEntries(LIST_RESOURCES.map((r) => [r, dataset[r].length])) as Record<ListResource, number>;
  const districts = dataset.districts;

  /** Serves from the cache, or renders, caches and serves. `render` returns a Response for errors. */
  const cached = (c: Context, key: string, render: () => Representation | Response): Response | Promise<Response> => {
    let rep = cache.get(key);
    if (rep === undefined) {
      const rendered = render();
      // @hono/node-server may replace the global Response class, so test the shape, not the class.
      if (!isRepresentation(rendered)) return rendered;
      rep = rendered;
      cache.set(key, rep);
    }
    const response = send(c.req.raw, rep, encoders, cors.headersFor(c.req.raw));
    if (response instanceof Promise) return response.then(markCors);
    return markCors(response);
  };
  const markCors = (response: Response): Response => {
    withCors.add(response);
    return response;
  };

  // Responses that already carry their CORS headers (the cached hot path); the rest get them in the middleware.
  const withCors = new WeakSet<Response>();
  const app = new Hono();

  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (method === 'OPTIONS') {
      c.res = cors.preflight(c.req.raw);
      return;
    }
    await next();
    if (!withCors.has(c.res)) cors.apply(c.req.raw, c.res.headers);
  });

  app.onError((error, c) => {
    onError(error, c.req.raw);
    return internalError(c.req.url);
  });
  app.notFound((c) => notFound(c.req.url));

  /** Registers a GET route and answers other methods on it with 405. */
  const route = (path: string, handler: (c: Context) => Response | Promise<Response>): void => {
    app.get(path, handler);
    app.all(path, (c) => methodNotAllowed(c.req.url, c.req.method, ALLOWED_METHODS));
  };

  route('/healthz', (c) =>
    c.newResponse(JSON.stringify({ status: 'ok', counts }), 200, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' }),
  );

  route('/v1/openapi.json', (c) => {
    if (!acceptsMedia(c.req.header('Accept'), OPENAPI_MEDIA)) return notAcceptable(c.req.url, 'application/json');
    return cached(c, '/v1/openapi.json', () =>
      represent(JSON.stringify(buildOpenApi({ publicBaseUrl: base })), JSON_TYPE, OPENAPI_CACHE),
    );
  });

  // Registered before `/v1/events/:id`; the paths differ in depth anyway, so the router cannot confuse them.
  route('/v1/events.ics', (c) => {
    if (!acceptsMedia(c.req.header('Accept'), CALENDAR_MEDIA)) return notAcceptable(c.req.url, 'text/calendar');
    const url = new URL(c.req.url);
    const params = new URLSearchParams(url.search);
    const lang = localeFromRequest(params.get('lang'), c.req.header('Accept-Language'));
    if (!lang.ok) return badParameter(c.req.url, 'lang', lang.detail);
    params.delete('lang');
    for (const paging of ['cursor', 'limit']) {
      if (params.has(paging)) {
        return badParameter(c.req.url, paging, `"${paging}" is not supported on the calendar feed, which always holds every matching event (up to ${FEED_LIMIT}).`);
      }
    }
    const key = `${instanceOf(c.req.url)}#${lang.locale}`;
    return cached(c, key, () => {
      const parsed = parseQuery('events', params);
      if (!parsed.ok) return badParameter(c.req.url, parsed.param, parsed.detail);
      const query = parsed.query as EventQuery;
      const events: Dataset['events'] = [];
      let cursor: string | undefined;
      do {
        const page = runQuery('events', dataset.events, { ...query, limit: 500, ...(cursor ? { cursor } : {}) }, { districts });
        events.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined && events.length < FEED_LIMIT);
      events.length = Math.min(events.length, FEED_LIMIT);
      const body = toICalendar(events, {
        locale: lang.locale,
        now: stamp(),
        calendarName: calendarName(query, lang.locale),
        ...(base ? { url: `${base}${instanceOf(c.req.url)}` } : {}),
        refreshInterval: 'PT1H',
      });
      return represent(body, CALENDAR_TYPE, FEED_CACHE, {
        'Content-Disposition': `inline; filename="${calendarFileName(query)}"`,
        'Content-Language': lang.locale,
      }, lang.explicit === false);
    });
  });

  for (const resource of LIST_RESOURCES) {
    const items = dataset[resource] as Item[];
    const index = byId.get(resource)!;

    route(`/v1/${resource}`, (c) => {
      if (!acceptsMedia(c.req.header('Accept'), JSON_MEDIA)) return notAcceptable(c.req.url, 'application/json');
      return cached(c, instanceOf(c.req.url), () => {
        const params = new URL(c.req.url).searchParams;
        if (resource === 'districts') {
          // The 34 districts are one short, fixed list: no filters and no paging.
          const unknown = params.keys().next();
          if (!unknown.done) return badParameter(c.req.url, unknown.value, `Unknown parameter "${unknown.value}" for districts, which take no parameters.`);
          return represent(JSON.stringify({ items, nextCursor: null }), JSON_TYPE, LIST_CACHE);
        }
        const parsed = parseQuery(resource, params);
        if (!parsed.ok) return badParameter(c.req.url, parsed.param, parsed.detail);
        let page;
        try {
          page = runQuery(resource, items as never, parsed.query as never, { districts });
        } catch (error) {
          // A cursor that does not belong to this query is the client's fault, not the server's.
          if (error instanceof QueryError) return badParameter(c.req.url, error.param, error.message);
          throw error;
        }
        return represent(JSON.stringify({ items: page.items, nextCursor: page.nextCursor }), JSON_TYPE, LIST_CACHE);
      });
    });

    route(`/v1/${resource}/:id`, (c) => {
      let id = c.req.param('id') ?? '';
      const ics = resource === 'events' && id.endsWith('.ics');
      if (ics) id = id.slice(0, -4);
      const item = index.get(id);
      if (item === undefined) return notFound(c.req.url, `No ${SINGULAR[resource]} has the id "${id}".`);
      if (!ics) {
        if (!acceptsMedia(c.req.header('Accept'), JSON_MEDIA)) return notAcceptable(c.req.url, 'application/json');
        return cached(c, instanceOf(c.req.url), () => represent(JSON.stringify(item), JSON_TYPE, LIST_CACHE));
      }
      if (!acceptsMedia(c.req.header('Accept'), CALENDAR_MEDIA)) return notAcceptable(c.req.url, 'text/calendar');
      const lang = localeFromRequest(c.req.query('lang') ?? null, c.req.header('Accept-Language'));
      if (!lang.ok) return badParameter(c.req.url, 'lang', lang.detail);
      const unknown = [...new URL(c.req.url).searchParams.keys()].find((k) => k !== 'lang');
      if (unknown !== undefined) return badParameter(c.req.url, unknown, `Unknown parameter "${unknown}"; only "lang" is accepted here.`);
      return cached(c, `${instanceOf(c.req.url)}#${lang.locale}`, () => {
        const event = item as Dataset['events'][number];
        const body = toICalendar([event], {
          locale: lang.locale,
          now: stamp(),
          calendarName: calendarName({}, lang.locale, event),
          ...(base ? { url: `${base}${instanceOf(c.req.url)}` } : {}),
        });
        return represent(body, CALENDAR_TYPE, FEED_CACHE, {
          'Content-Disposition': `inline; filename="${id}.ics"`,
          'Content-Language': lang.locale,
        }, lang.explicit === false);
      });
    });
  }

  for (const file of options.staticRoutes ?? []) {
    const prefix = file.path.length > 1 && file.path.endsWith('/');
    const handler = async (c: Context): Promise<Response> => {
      const sub = prefix ? c.req.path.slice(file.path.length) : '';
      return (await file.serve(sub, c.req.raw)) ?? notFound(c.req.url);
    };
    if (prefix) {
      // `/examples` → `/examples/`, so relative links in the index page resolve against the folder.
      const search = (c: Context): string => new URL(c.req.url).search;
      route(file.path.slice(0, -1), (c) => new Response(null, { status: 301, headers: { Location: `${file.path}${search(c)}` } }));
      route(file.path, handler);
      route(`${file.path}*`, handler);
    } else {
      route(file.path, handler);
    }
  }

  return app;
}
