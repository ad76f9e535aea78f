import { Dataset } from '../model/dataset.js';
import type { District, Page } from '../model/common.js';
import type { Locale } from '../model/locale.js';
import { runQuery, toSearchParams, type EventQuery, type ItemByResource, type QueryByResource, type ResourceName } from '../query/index.js';
import { ApiError, ResponseValidationError, type ProblemDetails } from './errors.js';
import { toIssues } from './lenient.js';
import type { Source } from './source.js';
import type { Transport } from './transport.js';

// Internal: the client's answers from a static dataset, in memory, with the server's query semantics
// (both call `runQuery`). Errors look like the server's: ApiError with RFC 9457 problem details.

const METHOD = 'GET';

export class OfflineSource implements Source {
  readonly #transport: Transport;
  readonly #input: string | Dataset;
  #loading: Promise<Dataset> | undefined;
  // Per-resource id → record maps, built on a resource's first `get`.
  readonly #byId = new WeakMap<object, Map<string, { id: string }>>();

  constructor(transport: Transport, dataset: string | Dataset) {
    this.#transport = transport;
    this.#input = dataset;
  }

  listUrl<R extends ResourceName>(resource: R, query: QueryByResource[R]): string {
    return this.#url(resource, toSearchParams(resource, query));
  }

  async list<R extends ResourceName>(resource: R, query: QueryByResource[R], signal: AbortSignal | undefined): Promise<Page<ItemByResource[R]>> {
    const dataset = await this.#dataset(signal);
    const url = this.listUrl(resource, query);
    const items = dataset[resource] as ItemByResource[R][];
    try {
      const page = runQuery(resource, items, query, { districts: dataset.districts });
      // Copies, like fresh JSON from a server: callers may mutate what they get.
      return structuredClone(page);
    } catch (error) {
      const param = queryErrorParam(error);
      if (param === undefined) throw error;
      throw problemError(url, 400, (error as Error).message, param);
    }
  }

  async get<R extends ResourceName>(resource: R, id: string, signal: AbortSignal | undefined): Promise<ItemByResource[R]> {
    const dataset = await this.#dataset(signal);
    const records = dataset[resource] as ItemByResource[R][];
    let index = this.#byId.get(records);
    if (!index) {
      index = new Map(records.map((record) => [record.id, record]));
      this.#byId.set(records, index);
    }
    const item = index.get(id) as ItemByResource[R] | undefined;
    if (!item) throw problemError(this.#url(`${resource}/${encodeURIComponent(id)}`), 404, `No ${SINGULAR[resource]} has the id "${id}".`);
    return structuredClone(item);
  }

  async districts(signal: AbortSignal | undefined): Promise<Page<District>> {
    const dataset = await this.#dataset(signal);
    return structuredClone({ items: dataset.districts, nextCursor: null });
  }

  icsUrl(_query: EventQuery, _locale: Locale | undefined): undefined {
    // No server, no feed: the calendar builds the file itself (see `toICalendar`).
    return undefined;
  }

  // `dataset:` URLs name the resource and query the way the server's URL would, for error messages.
  #url(path: string, params?: URLSearchParams): string {
    const query = params?.toString();
    return `dataset:${path}${query ? `?${query}` : ''}`;
  }

  // Loads and validates the dataset once. A failed load is forgotten so that "Try again" can load
  // again; a caller's abort only stops that caller's wait, not the shared load.
  async #dataset(signal: AbortSignal | undefined): Promise<Dataset> {
    signal?.throwIfAborted();
    if (!this.#loading) {
      const loading = this.#load();
      this.#loading = loading;
      loading.catch(() => {
        if (this.#loading === loading) this.#loading = undefined;
      });
    }
    return signal ? abortable(this.#loading, signal) : this.#loading;
  }

  async #load(): Promise<Dataset> {
    const input = this.#input;
    if (typeof input === 'string') return this.#transport.getJson(input, Dataset, undefined);
    const parsed = Dataset.safeParse(input);
    if (!parsed.success) {
      throw new ResponseValidationError({ method: METHOD, url: 'dataset:', cause: parsed.error, issues: toIssues(parsed.error.issues) });
    }
    return parsed.data;
  }
}

const SINGULAR: Readonly<Record<ResourceName, string>> = {
  events: 'event',
  incubators: 'incubator',
  organizations: 'organization',
  policies: 'policy',
  programs: 'program',
  talents: 'talent',
  holidays: 'holiday',
};

// The same problem documents as the reference server's (packages/server/src/problem.ts), with the
// `dataset:` URL as `instance`.
function problemError(url: string, status: 400 | 404, detail: string, param?: string): ApiError {
  const problem: ProblemDetails =
    status === 404
      ? { type: 'about:blank', title: 'Not Found', status, detail, instance: url }
      : { type: 'urn:shhk:problem:invalid-parameter', title: 'Invalid query parameter', status, detail, instance: url, ...(param ? { param } : {}) };
  return new ApiError({ method: METHOD, url, status, problem });
}

// The query module's QueryError names the offending parameter in `param`; matched by name so that a
// second copy of the module still counts.
function queryErrorParam(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== 'QueryError') return undefined;
  const { param } = error as Error & { param?: unknown };
  return typeof param === 'string' ? param : '';
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
