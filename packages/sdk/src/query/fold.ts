import { decodeFoldTable } from './fold-codec.js';
import { FOLD_KEYS, FOLD_VALUES } from './fold-table.js';

// One lookup array maps every UTF-16 code unit to its folded code unit: Traditional → Simplified
// from the generated table, lower case for the rest (filled lazily, one `toLowerCase` per distinct
// character ever seen). Folding is then a single pass with no per-character string allocation.
// Built on first use: about 3,000 pairs into a 128 KB array, well under a millisecond.
let map: Uint16Array | undefined;
let buffer = new Uint16Array(256);
const MAX_RETAINED = 1 << 16;
let decoder: TextDecoder | undefined;

// Printable ASCII and common white space: lower-casing is all the folding such text needs.
const PLAIN_ASCII = /^[\t\n\r -~]*$/;

function lowerOf(c: number): number {
  const s = String.fromCharCode(c).toLowerCase();
  // U+0130 (İ) is the only code unit whose lower case is two units ("i̇"); plain "i" suits search.
  return s.length === 1 ? s.charCodeAt(0) : c === 0x130 ? 0x69 : c;
}

function fromCodes(codes: Uint16Array): string {
  if (!decoder) {
    // A Uint16Array is in platform byte order.
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    decoder = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be');
  }
  return decoder.decode(codes);
}

/**
 * Folds text for matching: NFKC (full-width `ＡＢＣ１２３` → `abc123`, compatibility ideographs →
 * unified ones), lower case, and Traditional → Simplified Chinese character by character (創新 →
 * 创新, 軟件 → 软件, 醫藥 → 医药, Hong Kong variants such as 綫 → 线 included).
 *
 * Folding **both** the text and the query to Simplified is what gives both directions: a Simplified
 * query finds Traditional text and a Traditional query finds Simplified text. Folding is idempotent.
 * The table is generated from OpenCC's dictionaries by `scripts/build-fold-table.ts`; phrase-level
 * conversions (regional vocabulary such as 软件/軟體) are deliberately out of scope.
 *
 * @example
 * fold('創新 ＩｎｎｏＥＸ') // '创新 innoex'
 */
export function fold(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  const s = text.normalize('NFKC');
  const m = (map ??= decodeFoldTable(FOLD_KEYS, FOLD_VALUES));
  const n = s.length;
  // Reuse one scratch buffer for typical texts; a huge one gets its own, so it is not retained.
  if (buffer.length < n && n <= MAX_RETAINED) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  const out = n <= buffer.length ? buffer : new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let f = m[c]!;
    if (f === 0) m[c] = f = c === 0 ? 0 : lowerOf(c);
    out[i] = f;
    if (f !== c) changed = true;
  }
  return changed ? fromCodes(out.subarray(0, n)) : s;
}
