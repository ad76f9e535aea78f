// A serialised response body with its validator and compressed variants. The dataset is immutable
// while the server runs, so a representation computed once can answer every later request for the
// same URL: the hot path is a map lookup, a header check and a write.
//
// Runtime-neutral on purpose: only standard Web APIs (TextEncoder, CompressionStream, Response), so
// that `createApp` runs outside Node. Node's zlib comes in through `Compressors` (see node-compress.ts).

/**
 * Compresses a body into one content coding. May answer synchronously (node:zlib) or with a promise
 * (`CompressionStream`); either way the result is cached with the representation.
 */
export type Compress = (body: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** The encoders for the content codings the API may send. */
export interface Compressors {
  /**
   * gzip encoder; `null` never sends gzip.
   * @default a `CompressionStream('gzip')` encoder where the runtime has one
   */
  gzip?: Compress | null | undefined;
  /**
   * Brotli encoder. Brotli is no standard Web API, so `br` is offered only when one is given (the
   * Node entry points pass `nodeCompressors`, built on node:zlib).
   * @default null
   */
  br?: Compress | null | undefined;
}

/** {@link Compressors} with the defaults applied. */
export interface Encoders {
  readonly gzip: Compress | null;
  readonly br: Compress | null;
}

/** A compressed variant: bytes, in progress, or `null` after the encoder failed (identity is sent instead). */
type Variant = Uint8Array | Promise<Uint8Array | null> | null;

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
  gzip?: Variant;
  br?: Variant;
}

/** Below this size compression costs more than it saves. */
const COMPRESS_THRESHOLD = 1024;
const encoder = new TextEncoder();

// Words are read through an Int32Array view when the platform is little-endian and the view aligned;
// otherwise byte by byte, with the same result.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const SEED_A = 0;
const SEED_B = 0x9747b28c;

const fmix32 = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/**
 * A 64-bit non-cryptographic hash of `bytes`: MurmurHash3 (x86, 32-bit) with two seeds, as 16 hex
 * digits (seed 0 first). Murmur reads 4 bytes per step: about 0.4 ns a byte on the reference machine,
 * against 2.6–3.3 for byte-wise FNV-1a 64 and 0.6–1.0 for node:crypto's SHA-256. A validator must
 * change when the data changes; it needs no resistance against deliberate collisions.
 */
export function hash64(bytes: Uint8Array): string {
  let a = SEED_A;
  let b = SEED_B | 0;
  const length = bytes.byteLength;
  const words = length >>> 2;
  const view = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, words) : undefined;
  for (let i = 0; i < words; i++) {
    let k: number;
    if (view !== undefined) {
      k = view[i]!;
    } else {
      const at = i << 2;
      k = bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
    }
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    a ^= k;
    a = (a << 13) | (a >>> 19);
    a = (Math.imul(a, 5) + 0xe6546b64) | 0;
    b ^= k;
    b = (b << 13) | (b >>> 19);
    b = (Math.imul(b, 5) + 0xe6546b64) | 0;
  }
  const rest = length & 3;
  if (rest > 0) {
    const tail = words << 2;
    let k = bytes[tail]!;
    if (rest > 1) k |= bytes[tail + 1]! << 8;
    if (rest > 2) k |= bytes[tail + 2]! << 16;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    a ^= k;
    b ^= k;
  }
  const hex = (h: number): string => fmix32(h ^ length).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/**
 * Builds a representation. The ETag is a hash of the exact bytes sent, prefixed with their length in
 * hex, so two bodies share a validator only if they have the same length and the same 64-bit hash.
 */
export function represent(
  body: string | Uint8Array,
  contentType: string,
  cacheControl: string,
  headers: Record<string, string> = {},
  varyLanguage = false,
): Representation {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  const etag = `"${bytes.byteLength.toString(16)}-${hash64(bytes)}"`;
  return { body: bytes, contentType, cacheControl, etag, headers, varyLanguage };
}

/** Compresses with a standard `CompressionStream` (gzip, deflate, deflate-raw). */
export async function compressWithStream(format: 'gzip' | 'deflate' | 'deflate-raw', body: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([body as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream(format));
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The default gzip encoder: `CompressionStream`, or none on a runtime without it. */
const WEB_GZIP: Compress | null = typeof CompressionStream === 'function' ? (body) => compressWithStream('gzip', body) : null;

/** Applies the defaults: gzip through `CompressionStream`, no brotli. */
export function resolveEncoders(compressors: Compressors = {}): Encoders {
  return {
    gzip: compressors.gzip === undefined ? WEB_GZIP : compressors.gzip,
    br: compressors.br ?? null,
  };
}

type Coding = 'br' | 'gzip' | 'identity';

/** Headers decided elsewhere (CORS) that {@link send} merges in. */
export interface ExtraHeaders {
  headers?: Readonly<Record<string, string>>;
  /** Tokens to append to `Vary`, e.g. `Origin`. */
  vary?: string;
}

/**
 * Picks the coding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3) among those this
 * server can produce; br wins ties.
 */
export function chooseCoding(acceptEncoding: string | null, canBr = true, canGzip = true): Coding {
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
  if (!canBr) br = 0;
  if (!canGzip) gzip = 0;
  if (br <= 0 && gzip <= 0) return 'identity';
  return br >= gzip ? 'br' : 'gzip';
}

/** Starts (once) compressing `rep` into `coding`; a synchronous encoder's bytes are ready at once. */
function startVariant(rep: Representation, coding: 'br' | 'gzip', encode: Compress): Variant {
  let result: Uint8Array | Promise<Uint8Array>;
  try {
    result = encode(rep.body);
  } catch {
    return (rep[coding] = null);
  }
  if (result instanceof Uint8Array) return (rep[coding] = result);
  // Concurrent requests share the promise; once settled, the bytes (or null) replace it.
  return (rep[coding] = result.then(
    (bytes) => (rep[coding] = bytes),
    () => (rep[coding] = null),
  ));
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
 * Sends a representation: answers `If-None-Match` with 304, negotiates br/gzip among `encoders`, and
 * sets the validator, caching and `Vary` headers. Synchronous except the first time a compressed
 * variant is made by an asynchronous encoder.
 */
export function send(request: Request, rep: Representation, encoders: Encoders, extra?: ExtraHeaders): Response | Promise<Response> {
  let vary = rep.varyLanguage ? 'Accept-Encoding, Accept-Language' : 'Accept-Encoding';
  if (extra?.vary) vary += `, ${extra.vary}`;
  let coding = chooseCoding(request.headers.get('Accept-Encoding'), encoders.br !== null, encoders.gzip !== null);
  if (coding !== 'identity' && (rep.body.byteLength < COMPRESS_THRESHOLD || rep[coding] === null)) coding = 'identity';
  // A plain object (not Headers) keeps @hono/node-server on its fast path for writing the response.
  const headers: Record<string, string> = {
    'Cache-Control': rep.cacheControl,
    ETag: coding === 'identity' ? rep.etag : tagOf(rep, coding),
    Vary: vary,
    ...extra?.headers,
  };
  if (matchesIfNoneMatch(request.headers.get('If-None-Match'), rep.etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers['Content-Type'] = rep.contentType;
  Object.assign(headers, rep.headers);
  if (coding === 'identity') return ok(rep.body, headers);
  const variant = rep[coding] === undefined ? startVariant(rep, coding, encoders[coding]!) : rep[coding];
  if (variant instanceof Uint8Array) return ok(variant, headers, coding);
  if (variant === null) return ok(rep.body, { ...headers, ETag: rep.etag });
  return variant!.then((bytes) => (bytes === null ? ok(rep.body, { ...headers, ETag: rep.etag }) : ok(bytes, headers, coding)));
}

const tagOf = (rep: Representation, coding: 'br' | 'gzip'): string => `${rep.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"`;

function ok(body: Uint8Array, headers: Record<string, string>, coding?: 'br' | 'gzip'): Response {
  if (coding) headers['Content-Encoding'] = coding;
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
