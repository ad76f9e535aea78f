import type * as z from 'zod/mini';
import { ApiError, NetworkError, ResponseValidationError, TimeoutError, type ProblemDetails } from './errors.js';
import { toIssues } from './lenient.js';
import { fastSafeParse } from '../model/fast.js';

// Internal: the client's HTTP loop over `fetch`, plus the mapping of every failure to the SDK's errors.
// Not exported from the package entry.

/** Retry policy of a client. Retries apply to GET requests only (all the API has). */
export interface RetryOptions {
  /**
   * How many times to retry a failed request (so at most `limit + 1` attempts). `0` disables retries.
   * @default 2
   */
  limit?: number;
  /**
   * Statuses that are retried. Network errors are always retried; timeouts are not (they already waited).
   * @default [408, 429, 500, 502, 503, 504]
   */
  statusCodes?: readonly number[];
  /**
   * Delay before the first retry in milliseconds; it doubles on each further retry (exponential backoff).
   * @default 300
   */
  baseDelay?: number;
  /**
   * Upper bound of a backoff delay in milliseconds.
   * @default 5000
   */
  backoffLimit?: number;
  /**
   * Randomise each backoff delay between half and all of its value, so that many pages hitting a
   * recovering server do not retry in lockstep. `Retry-After` delays are never randomised.
   * @default true
   */
  jitter?: boolean;
  /**
   * Upper bound in milliseconds of a wait requested by a `429` or `503` response's `Retry-After`
   * header (seconds or an HTTP date). A longer request is shortened to this.
   * @default 10000
   */
  maxRetryAfter?: number;
}

/** The `fetch` the SDK calls; it always receives a `Request`. */
export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

/** @internal */
export interface TransportOptions {
  prefixUrl?: string;
  fetch?: FetchFunction | undefined;
  timeout: number | false;
  retry: number | RetryOptions | undefined;
  headers: Headers;
}

const RETRY_AFTER_STATUSES = [429, 503];

function normalizeRetry(retry: number | RetryOptions | undefined) {
  const options: RetryOptions = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  const { limit = 2, statusCodes = [408, 429, 500, 502, 503, 504], baseDelay = 300, backoffLimit = 5000, jitter = true, maxRetryAfter = 10_000 } = options;
  return {
    limit: Math.max(0, Math.floor(limit)),
    statusCodes: [...statusCodes],
    afterStatusCodes: RETRY_AFTER_STATUSES.filter((s) => statusCodes.includes(s)),
    maxRetryAfter,
    backoffLimit,
    delay: (attempt: number) => baseDelay * 2 ** (attempt - 1),
    jitter,
  };
}

type Retry = ReturnType<typeof normalizeRetry>;

/**
 * The failure of one attempt: the response of an unsuccessful status, or what fetch threw. `final`
 * failures are not retried: a timeout (it has already waited) or a request that can't be built.
 * @internal
 */
class Failed {
  constructor(readonly response?: Response, readonly error?: unknown, readonly timedOut = false, readonly final = timedOut) {}
}

/** A successful attempt: its response, and `release` to call once the body is read. */
interface Got {
  response: Response;
  release: () => void;
}

/** @internal The client's one `fetch` loop (timeout, retries, backoff, `Retry-After`) and the mapping of every failure to the SDK's errors. */
export class Transport {
  readonly #fetch: FetchFunction | undefined;
  readonly #timeout: number | false;
  readonly #prefix: string;
  readonly #retry: Retry;
  readonly #headers: Headers;

  constructor(options: TransportOptions) {
    this.#fetch = options.fetch;
    this.#timeout = options.timeout;
    this.#prefix = options.prefixUrl ?? '';
    this.#retry = normalizeRetry(options.retry);
    this.#headers = options.headers;
  }

  /** The absolute (or, for a relative base, page-relative) URL of `path`. */
  url(path: string): string {
    return this.#prefix ? `${this.#prefix}/${path}` : path;
  }

  /** GETs `path` (with its query string) and parses the JSON body with `schema`. */
  async getJson<T>(path: string, schema: z.ZodMiniType<T>, signal: AbortSignal | undefined): Promise<T> {
    const method = 'GET';
    const url = this.url(path);
    signal?.throwIfAborted();
    let text: string;
    let got: Got | undefined;
    try {
      got = await this.#request(url, signal);
      // The caller's signal stays linked until the body is read: a late abort still stops the read.
      text = await got.response.text();
    } catch (error) {
      throw await this.#mapError(error, method, url, signal);
    } finally {
      got?.release();
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ResponseValidationError({ method, url, cause: error, issues: [{ path: [], message: 'The response body is not JSON', code: 'invalid_json' }] });
    }
    const parsed = fastSafeParse(schema, json);
    if (!parsed.success) {
      throw new ResponseValidationError({ method, url, cause: parsed.error, issues: toIssues(parsed.error.issues) });
    }
    return parsed.data;
  }

  // Attempts until a 2xx, a failure that is not retried, or the retry limit; then throws a `Failed`.
  async #request(url: string, signal: AbortSignal | undefined): Promise<Got> {
    const retry = this.#retry;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(url, signal);
      if (!(outcome instanceof Failed)) return outcome;
      const { response } = outcome;
      const retried = !outcome.final && attempt <= retry.limit && (!response || retry.statusCodes.includes(response.status));
      if (!retried) throw outcome;
      let wait = Math.min(retry.backoffLimit, retry.delay(attempt));
      // Half to full of the backoff ("equal jitter"): spreads retries without retrying instantly.
      if (retry.jitter) wait = wait / 2 + (Math.random() * wait) / 2;
      const after = response && retry.afterStatusCodes.includes(response.status) ? retryAfter(response.headers.get('retry-after')) : undefined;
      if (after !== undefined) wait = Math.min(after, retry.maxRetryAfter);
      void response?.body?.cancel().catch(() => {});
      await sleep(wait, signal);
    }
  }

  async #attempt(url: string, signal: AbortSignal | undefined): Promise<Got | Failed> {
    signal?.throwIfAborted();
    const controller = new AbortController();
    let request: Request;
    try {
      request = new Request(url, { method: 'GET', headers: this.#headers, signal: controller.signal });
    } catch (error) {
      // Not a network failure (e.g. a relative base URL where there is no page to resolve it against): no retry.
      return new Failed(undefined, error, false, true);
    }
    const abort = () => controller.abort(signal?.reason);
    const release = () => signal?.removeEventListener('abort', abort);
    signal?.addEventListener('abort', abort, { once: true });
    let timedOut = false;
    // The timeout covers the wait for the response's headers, as in `fetch` libraries generally.
    const timer = this.#timeout === false ? undefined : setTimeout(() => ((timedOut = true), controller.abort()), this.#timeout);
    try {
      // A fetch double that ignores the signal still stops waiting on a timeout or abort.
      const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }));
      const response = await Promise.race([(this.#fetch ?? globalThis.fetch)(request), aborted]);
      if (response.ok) return { response, release };
      release();
      return new Failed(response);
    } catch (error) {
      release();
      if (signal?.aborted) throw signal.reason;
      return new Failed(undefined, error, timedOut);
    } finally {
      clearTimeout(timer);
    }
  }

  async #mapError(error: unknown, method: string, url: string, signal: AbortSignal | undefined): Promise<unknown> {
    // The caller's abort passes through untouched, whether it hit the request or a retry delay.
    if (signal?.aborted) return signal.reason ?? error;
    if (!(error instanceof Failed)) return new NetworkError({ method, url, cause: error });
    const { response } = error;
    if (response) {
      return new ApiError({ method, url, status: response.status, statusText: response.statusText, problem: await readProblem(response), cause: error.error });
    }
    if (error.timedOut) {
      return new TimeoutError({ method, url, timeout: this.#timeout === false ? 0 : this.#timeout });
    }
    return new NetworkError({ method, url, cause: error.error });
  }
}

/** A `Retry-After` value (delay seconds or an HTTP date) in milliseconds; `undefined` when absent or unreadable. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

const STANDARD_MEMBERS = { type: 'string', title: 'string', status: 'number', detail: 'string', instance: 'string' } as const;

/** Reads an RFC 9457 body; members of the wrong type are ignored, as the RFC asks. @internal */
export async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/problem\+json\s*(?:;|$)/i.test(type)) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const problem: ProblemDetails = { ...(body as Record<string, unknown>) };
  for (const [key, kind] of Object.entries(STANDARD_MEMBERS)) {
    if (key in problem && typeof problem[key] !== kind) delete problem[key];
  }
  return problem;
}
