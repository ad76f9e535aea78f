import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

// A serialised response body with its validator and compressed variants. The dataset is immutable
// while the server runs, so a representation computed once can answer every later request for the
// same URL: the hot path is a map lookup, a header check and a write.

/** One response body, ready to send. */
export interface Representation {
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly cacheControl: string;
  /** Strong validator of the identity body, quoted (`"…"`). Compressed variants append `-gz` / `-br`. */
  readonly etag: string;
  /** Extra headers sent with the body, e.g. `Content-Disposition`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether `Vary` must also name `Accept-Language` (the body depends on it). */
  readonly varyLanguage: boolean;
  gzip?: Uint8Array | null;
  br?: Uint8Array | null;
}

/** Below this size compression costs more than it saves. */
const COMPRESS_THRESHOLD = 1024;
const encoder = new TextEncoder();

/** Builds a representation; the ETag is a hash of the exact bytes sent. */
export function represent(
  body: string | Uint8Array,
  contentType: string,
  cacheControl: string,
  headers: Record<string, string> = {},
  varyLanguage = false,
): Representation {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`;
  return { body: bytes, contentType, cacheControl, etag, headers, varyLanguage };
}

type Coding = 'br' | 'gzip' | 'identity';

/** Headers decided elsewhere (CORS) that {@link send} merges in. */
export interface ExtraHeaders {
  headers?: Readonly<Record<string, string>>;
  /** Tokens to append to `Vary`, e.g. `Origin`. */
  vary?: string;
}

/** Picks the coding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3); br wins ties. */
export function chooseCoding(acceptEncoding: string | null): Coding {
  if (!acceptEncoding) return 'identity';
  let br = -1;
  let gzip = -1;
  let star = -1;
  for (const part of acceptEncoding.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split('=');
      if (k?.trim().toLowerCase() === 'q' && v !== undefined) {
        const n = Number(v.trim());
        q = Number.isFinite(n) ? n : 0;
      }
    }
    if (name === 'br') br = q;
    else if (name === 'gzip' || name === 'x-gzip') gzip = q;
    else if (name === '*') star = q;
  }
  if (br < 0) br = star;
  if (gzip < 0) gzip = star;
  if (br <= 0 && gzip <= 0) return 'identity';
  return br >= gzip ? 'br' : 'gzip';
}

function variant(rep: Representation, coding: Coding): Uint8Array | null {
  if (coding === 'identity' || rep.body.byteLength < COMPRESS_THRESHOLD) return null;
  if (coding === 'gzip') {
    if (rep.gzip === undefined) rep.gzip = gzipSync(rep.body, { level: 6 });
    return rep.gzip;
  }
  // Quality 5 compresses JSON nearly as well as 11 at a fraction of the CPU; the result is cached anyway.
  if (rep.br === undefined) rep.br = brotliCompressSync(rep.body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } });
  return rep.br;
}

/** Whether an `If-None-Match` header matches this representation (weak comparison, RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const trimmed = header.trim();
  if (trimmed === '*') return true;
  const base = etag.slice(1, -1);
  for (const raw of trimmed.split(',')) {
    let tag = raw.trim();
    if (tag.startsWith('W/')) tag = tag.slice(2);
    if (tag.length < 2 || tag[0] !== '"' || tag.at(-1) !== '"') continue;
    let opaque = tag.slice(1, -1);
    // A tag we issued for a compressed variant validates the same underlying body.
    if (opaque.endsWith('-gz') || opaque.endsWith('-br')) opaque = opaque.slice(0, -3);
    if (opaque === base) return true;
  }
  return false;
}

/**
 * Sends a representation: answers `If-None-Match` with 304, negotiates br/gzip, and sets the
 * validator, caching and `Vary` headers.
 */
export function send(request: Request, rep: Representation, extra?: ExtraHeaders): Response {
  let vary = rep.varyLanguage ? 'Accept-Encoding, Accept-Language' : 'Accept-Encoding';
  if (extra?.vary) vary += `, ${extra.vary}`;
  const coding = chooseCoding(request.headers.get('Accept-Encoding'));
  const compressed = variant(rep, coding);
  const etag = compressed ? `${rep.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"` : rep.etag;
  // A plain object (not Headers) keeps @hono/node-server on its fast path for writing the response.
  const headers: Record<string, string> = {
    'Cache-Control': rep.cacheControl,
    ETag: etag,
    Vary: vary,
    ...extra?.headers,
  };
  if (matchesIfNoneMatch(request.headers.get('If-None-Match'), rep.etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers['Content-Type'] = rep.contentType;
  Object.assign(headers, rep.headers);
  if (compressed) headers['Content-Encoding'] = coding;
  const body = compressed ?? rep.body;
  headers['Content-Length'] = String(body.byteLength);
  return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

/**
 * A bounded least-recently-used cache of representations by URL. Bounded by entries and by bytes so
 * that a crawler sending endless distinct query strings cannot grow the heap without limit.
 */
export class RepresentationCache {
  readonly #entries = new Map<string, Representation>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(maxEntries = 1000, maxBytes = 64 * 1024 * 1024) {
    this.#maxEntries = maxEntries;
    this.#maxBytes = maxBytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): Representation | undefined {
    const rep = this.#entries.get(key);
    if (rep !== undefined) {
      // Re-insert to mark as most recently used.
      this.#entries.delete(key);
      this.#entries.set(key, rep);
    }
    return rep;
  }

  set(key: string, rep: Representation): void {
    if (this.#maxEntries <= 0 || rep.body.byteLength > this.#maxBytes / 4) return;
    const old = this.#entries.get(key);
    if (old) {
      this.#bytes -= old.body.byteLength;
      this.#entries.delete(key);
    }
    this.#entries.set(key, rep);
    this.#bytes += rep.body.byteLength;
    while (this.#entries.size > this.#maxEntries || this.#bytes > this.#maxBytes) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      const evicted = this.#entries.get(oldest.value);
      this.#entries.delete(oldest.value);
      if (evicted) this.#bytes -= evicted.body.byteLength;
    }
  }
}
