// CORS for a read-only API: simple GET/HEAD requests and preflights. Errors carry the headers too,
// so that a browser client can read the problem details of a 400 or 404.

/** Which origins may read responses: `'*'` (anyone) or an allow-list of exact origins. */
export type CorsOrigins = string[] | '*';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
const EXPOSED_HEADERS = 'ETag, Content-Disposition, Content-Language, Content-Length';
const DEFAULT_ALLOWED_HEADERS = 'Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since';
const PREFLIGHT_MAX_AGE = '86400';

/** Normalises an origin for comparison: scheme and host are case-insensitive, no trailing slash. */
export function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

/** Appends tokens to a `Vary` header without duplicating them. */
export function appendVary(headers: Headers, ...tokens: string[]): void {
  const current = headers.get('Vary');
  if (current === '*') return;
  const present = new Set((current ?? '').split(',').map((t) => t.trim().toLowerCase()).filter(Boolean));
  const add = tokens.filter((t) => !present.has(t.toLowerCase()));
  if (add.length === 0) return;
  headers.set('Vary', current ? `${current}, ${add.join(', ')}` : add.join(', '));
}

/** Decides the CORS headers of every response. */
export class CorsPolicy {
  readonly #any: boolean;
  readonly #allowed: ReadonlySet<string>;

  constructor(origins: CorsOrigins = '*') {
    this.#any = origins === '*';
    this.#allowed = new Set(origins === '*' ? [] : origins.map(normalizeOrigin));
  }

  /** The origin to echo in `Access-Control-Allow-Origin`, or null to send none. */
  allowOrigin(origin: string | null): string | null {
    if (this.#any) return '*';
    if (origin === null) return null;
    return this.#allowed.has(normalizeOrigin(origin)) ? origin : null;
  }

  /** The CORS headers for a simple request, as a plain record (for {@link send}'s fast path). */
  headersFor(request: Request): { headers: Record<string, string>; vary?: string } {
    const allow = this.allowOrigin(request.headers.get('Origin'));
    const headers: Record<string, string> = allow === null ? {} : { 'Access-Control-Allow-Origin': allow, 'Access-Control-Expose-Headers': EXPOSED_HEADERS };
    return this.#any ? { headers } : { headers, vary: 'Origin' };
  }

  /** Adds CORS headers to a response of a simple (non-preflight) request. */
  apply(request: Request, headers: Headers): void {
    const allow = this.allowOrigin(request.headers.get('Origin'));
    // With an allow-list the answer depends on Origin, so shared caches must key on it.
    if (!this.#any) appendVary(headers, 'Origin');
    if (allow === null) return;
    headers.set('Access-Control-Allow-Origin', allow);
    headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  }

  /** Answers an OPTIONS request: a CORS preflight, or a plain capability query. */
  preflight(request: Request): Response {
    const headers = new Headers({ Allow: ALLOWED_METHODS, 'Cache-Control': 'public, max-age=86400' });
    const origin = request.headers.get('Origin');
    const method = request.headers.get('Access-Control-Request-Method');
    if (!this.#any) appendVary(headers, 'Origin');
    if (origin !== null && method !== null) {
      appendVary(headers, 'Access-Control-Request-Method', 'Access-Control-Request-Headers');
      const allow = this.allowOrigin(origin);
      if (allow !== null) {
        headers.set('Access-Control-Allow-Origin', allow);
        headers.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
        // The API is public and read-only, so any request header a client wants to send is fine.
        headers.set('Access-Control-Allow-Headers', request.headers.get('Access-Control-Request-Headers') || DEFAULT_ALLOWED_HEADERS);
        headers.set('Access-Control-Max-Age', PREFLIGHT_MAX_AGE);
      }
    }
    return new Response(null, { status: 204, headers });
  }
}
