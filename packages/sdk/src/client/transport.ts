import ky, { isHTTPError, isTimeoutError as isKyTimeoutError, type KyInstance } from 'ky';
import type * as z from 'zod/mini';
import { ApiError, NetworkError, ResponseValidationError, TimeoutError, type ProblemDetails } from './errors.js';
import { toIssues } from './lenient.js';
import { fastSafeParse } from '../model/fast.js';

// Internal: the one ky instance of a client, plus the mapping of every failure to the SDK's errors.
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

/** @internal */
export function normalizeRetry(retry: number | RetryOptions | undefined) {
  const options: RetryOptions = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  const { limit = 2, statusCodes = [408, 429, 500, 502, 503, 504], baseDelay = 300, backoffLimit = 5000, jitter = true, maxRetryAfter = 10_000 } = options;
  return {
    limit: Math.max(0, Math.floor(limit)),
    methods: ['get' as const],
    statusCodes: [...statusCodes],
    afterStatusCodes: RETRY_AFTER_STATUSES.filter((s) => statusCodes.includes(s)),
    maxRetryAfter,
    backoffLimit,
    delay: (attempt: number) => baseDelay * 2 ** (attempt - 1),
    // Half to full of the computed delay ("equal jitter"): spreads retries without retrying instantly.
    ...(jitter ? { jitter: (delay: number) => delay / 2 + (Math.random() * delay) / 2 } : {}),
    retryOnTimeout: false,
  };
}

/** @internal One ky instance and the SDK's error mapping around it. */
export class Transport {
  readonly #ky: KyInstance;
  readonly #timeout: number | false;
  readonly #prefix: string;

  constructor(options: TransportOptions) {
    const userFetch = options.fetch;
    this.#timeout = options.timeout;
    this.#prefix = options.prefixUrl ?? '';
    this.#ky = ky.create({
      ...(this.#prefix ? { prefixUrl: this.#prefix } : {}),
      timeout: options.timeout,
      retry: normalizeRetry(options.retry),
      headers: options.headers,
      throwHttpErrors: true,
      // ky always calls fetch with a Request.
      ...(userFetch ? { fetch: (input: string | URL | Request, init?: RequestInit) => userFetch(input as Request, init) } : {}),
    });
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
    try {
      const response = await this.#ky.get(path, signal ? { signal } : {});
      text = await response.text();
    } catch (error) {
      throw await this.#mapError(error, method, url, signal);
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

  async #mapError(error: unknown, method: string, url: string, signal: AbortSignal | undefined): Promise<unknown> {
    // The caller's abort passes through untouched, whether it hit the request or a retry delay.
    if (signal?.aborted) return signal.reason ?? error;
    if (isHTTPError(error)) {
      const { response } = error;
      return new ApiError({ method, url, status: response.status, statusText: response.statusText, problem: await readProblem(response), cause: error });
    }
    if (isKyTimeoutError(error)) {
      return new TimeoutError({ method, url, timeout: this.#timeout === false ? 0 : this.#timeout, cause: error });
    }
    return new NetworkError({ method, url, cause: error });
  }
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
