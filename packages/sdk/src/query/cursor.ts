import { QueryError } from './errors.js';

// Keyset cursors: a page ends at the sort key of its last item (which always ends with the unique
// id), and the next page starts strictly after that key. Records added or removed between requests
// never make a page repeat or skip an unchanged record, unlike offsets.
// Internal module: not exported from the package entry.

/** A sort key: numbers and strings compared in order; the last element is the record id. */
export type SortKey = readonly (number | string)[];

const VERSION = 1;

/** Compares two sort keys of the same shape (numbers numerically, strings by UTF-16 code unit). */
export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * A short fingerprint (53-bit hash, base 36) of a canonical query string, so that a cursor is only
 * accepted by the query that issued it. cyrb53: fast, well-distributed, not cryptographic.
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Encodes the cursor that continues after `key` for the query with fingerprint `fp`. */
export function encodeCursor(fp: string, key: SortKey): string {
  return toBase64Url(JSON.stringify([VERSION, fp, key]));
}

/**
 * Decodes a cursor and checks that it was issued for the query with fingerprint `fp` and carries a
 * key of `length` elements.
 * @throws QueryError (param `cursor`) when it is garbage or belongs to a different query.
 */
export function decodeCursor(cursor: string, fp: string, length: number): SortKey {
  let payload: unknown;
  try {
    payload = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw new QueryError('cursor', 'The cursor is not valid: pass the nextCursor of a previous page unchanged');
  }
  if (!Array.isArray(payload) || payload.length !== 3 || payload[0] !== VERSION || typeof payload[1] !== 'string') {
    throw new QueryError('cursor', 'The cursor is not valid: pass the nextCursor of a previous page unchanged');
  }
  if (payload[1] !== fp) {
    throw new QueryError('cursor', 'The cursor belongs to a different query: keep q and every filter unchanged while paging (only limit may change)');
  }
  const key: unknown = payload[2];
  if (
    !Array.isArray(key) || key.length !== length ||
    !key.every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k)))
  ) {
    throw new QueryError('cursor', 'The cursor is not valid: pass the nextCursor of a previous page unchanged');
  }
  return key as SortKey;
}
