// The SDK's error hierarchy. Every error names the HTTP method and URL of the call that failed.
// A caller's abort is not wrapped: the caller's own `AbortError` (or abort reason) is re-thrown as is.

/** The `name` of every error class the SDK throws. */
export type ExchangeErrorName = 'ExchangeError' | 'ApiError' | 'NetworkError' | 'TimeoutError' | 'ResponseValidationError';

const NAMES: ReadonlySet<string> = new Set<ExchangeErrorName>(['ExchangeError', 'ApiError', 'NetworkError', 'TimeoutError', 'ResponseValidationError']);

/**
 * RFC 9457 problem details, as the Exchange API sends them with `application/problem+json`.
 * Members other than the five standard ones are extensions (e.g. `param` naming a bad query parameter).
 */
export interface ProblemDetails {
  /** A URI identifying the problem type; `about:blank` when only the status matters. */
  type?: string;
  /** A short, human-readable summary of the problem type. */
  title?: string;
  /** The HTTP status code. */
  status?: number;
  /** An explanation specific to this occurrence. */
  detail?: string;
  /** A URI identifying this occurrence. */
  instance?: string;
  /** Extension members. */
  [extension: string]: unknown;
}

/** One reason a response did not match its schema. */
export interface ValidationIssue {
  /** Where in the response body, e.g. `['items', 3, 'title']`; empty for the body itself. */
  path: (string | number)[];
  message: string;
  /** The validator's issue code, e.g. `invalid_type`. */
  code?: string;
}

/** Fields every SDK error carries. */
export interface ExchangeErrorOptions {
  method: string;
  url: string;
  cause?: unknown;
}

/** Base class of every error the SDK throws (apart from a caller's abort, which passes through). */
export class ExchangeError extends Error {
  override name: ExchangeErrorName = 'ExchangeError';
  /** HTTP method of the failed call, e.g. `GET`. */
  readonly method: string;
  /** URL of the failed call. For the offline source, a `dataset:` URL naming resource and query. */
  readonly url: string;

  constructor(message: string, options: ExchangeErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.method = options.method;
    this.url = options.url;
  }
}

/**
 * The server answered with an error status (4xx/5xx). `problem` holds the parsed RFC 9457 body when the
 * response was `application/problem+json`.
 */
export class ApiError extends ExchangeError {
  override name = 'ApiError' as const;
  /** HTTP status, e.g. `404`. */
  readonly status: number;
  /** The parsed problem details, or `undefined` when the body was not `application/problem+json`. */
  readonly problem: ProblemDetails | undefined;

  constructor(options: ExchangeErrorOptions & { status: number; statusText?: string; problem?: ProblemDetails | undefined }) {
    const { status, problem } = options;
    const title = problem?.title ?? options.statusText ?? '';
    const detail = problem?.detail ? ` — ${problem.detail}` : '';
    super(`${options.method} ${options.url} failed with ${`${status} ${title}`.trim()}${detail}`, options);
    this.status = status;
    this.problem = problem;
  }
}

/** The request never got an HTTP response (DNS, connection, CORS, offline…). `cause` is the fetch error. */
export class NetworkError extends ExchangeError {
  override name = 'NetworkError' as const;

  constructor(options: ExchangeErrorOptions) {
    const reason = options.cause instanceof Error && options.cause.message ? `: ${options.cause.message}` : '';
    super(`${options.method} ${options.url} failed with a network error${reason}`, options);
  }
}

/** No response arrived within the client's `timeout`. */
export class TimeoutError extends ExchangeError {
  override name = 'TimeoutError' as const;
  /** The timeout that elapsed, in milliseconds. */
  readonly timeout: number;

  constructor(options: ExchangeErrorOptions & { timeout: number }) {
    super(`${options.method} ${options.url} timed out after ${options.timeout} ms`, options);
    this.timeout = options.timeout;
  }
}

/**
 * The response arrived but its body is not what the schema allows (or not JSON). Not an
 * {@link ApiError}: the HTTP exchange itself succeeded.
 */
export class ResponseValidationError extends ExchangeError {
  override name = 'ResponseValidationError' as const;
  /** Every mismatch, with its path in the body. */
  readonly issues: ValidationIssue[];

  constructor(options: ExchangeErrorOptions & { issues: ValidationIssue[] }) {
    const shown = options.issues.slice(0, 3).map(formatIssue).join('; ');
    const more = options.issues.length > 3 ? ` (and ${options.issues.length - 3} more)` : '';
    super(`${options.method} ${options.url} returned an invalid response: ${shown}${more}`, options);
    this.issues = options.issues;
  }
}

function formatIssue(issue: ValidationIssue): string {
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`;
}

// Guards match on `name` (plus the `method`/`url` every SDK error carries) as well as `instanceof`, so
// errors from another copy of the SDK (another bundle, an iframe) are recognised, while a DOM
// `TimeoutError` from `AbortSignal.timeout()` is not mistaken for the SDK's.
function looksLike(error: unknown, name: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name: actual, method, url } = error as { name?: unknown; method?: unknown; url?: unknown };
  return actual === name && typeof method === 'string' && typeof url === 'string';
}

/** Whether `error` is any SDK error. */
export function isExchangeError(error: unknown): error is ExchangeError {
  return error instanceof ExchangeError || [...NAMES].some((name) => looksLike(error, name));
}

/**
 * Whether `error` is an {@link ApiError}.
 *
 * @example
 * ```ts
 * try { await client.events.get(id); } catch (error) {
 *   if (isApiError(error) && error.status === 404) showNotFound();
 *   else throw error;
 * }
 * ```
 */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError || looksLike(error, 'ApiError');
}

/** Whether `error` is a {@link NetworkError}. */
export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError || looksLike(error, 'NetworkError');
}

/** Whether `error` is the SDK's {@link TimeoutError} (not a DOM `TimeoutError` from `AbortSignal.timeout()`). */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError || looksLike(error, 'TimeoutError');
}

/** Whether `error` is a {@link ResponseValidationError}. */
export function isResponseValidationError(error: unknown): error is ResponseValidationError {
  return error instanceof ResponseValidationError || looksLike(error, 'ResponseValidationError');
}

/**
 * Whether `error` is an abort (the caller's `AbortSignal` fired). Such errors pass through the SDK
 * untouched; UIs usually ignore them.
 */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
