// The compact encoding of the 繁→简 folding table (`fold-table.ts`), shared by the generator script
// and the runtime decoder so that both always agree.
//
// The table is a list of single-character pairs (traditional or variant → simplified), sorted by the
// traditional character. Two parallel strings hold one symbol per pair:
//
// - keys: the gap from the previous key, as one ASCII char `0x20 + gap` when 1 ≤ gap ≤ 94,
//   otherwise the key character itself (always ≥ U+3400, so never confused with ASCII);
// - values: the difference from the previous value, as one ASCII char `0x20 + 47 + diff` when
//   −47 ≤ diff ≤ 47, otherwise the value character itself.
//
// Unicode encodes most simplified radical forms (讠钅纟门页马鱼鸟贝车饣…) in the same radical-stroke
// order as their traditional counterparts, so consecutive values differ by small amounts; this
// encoding plus gzip takes the table from ~13 KB (two plain strings) to ~7.6 KB.
// Internal module: not exported from the package entry.

const ASCII_BASE = 0x20;
const MAX_GAP = 94;
const VALUE_RANGE = 47;

/** Encodes BMP pairs `[trad, simp]` (any order) into the two table strings. */
export function encodeFoldTable(pairs: ReadonlyArray<readonly [string, string]>): { keys: string; values: string } {
  const sorted = [...pairs].sort((a, b) => a[0].charCodeAt(0) - b[0].charCodeAt(0));
  let keys = '';
  let values = '';
  let prevKey = 0;
  let prevValue = 0;
  for (const [k, v] of sorted) {
    if (k.length !== 1 || v.length !== 1) throw new RangeError(`Only single BMP characters can be encoded: ${k} → ${v}`);
    const key = k.charCodeAt(0);
    const value = v.charCodeAt(0);
    if (key < 0x3400 || value < 0x3400) throw new RangeError(`Table characters must be ≥ U+3400: ${k} → ${v}`);
    const gap = key - prevKey;
    if (gap < 1) throw new RangeError(`Duplicate key ${k}`);
    keys += gap <= MAX_GAP ? String.fromCharCode(ASCII_BASE + gap) : k;
    const diff = value - prevValue;
    values += diff >= -VALUE_RANGE && diff <= VALUE_RANGE ? String.fromCharCode(ASCII_BASE + VALUE_RANGE + diff) : v;
    prevKey = key;
    prevValue = value;
  }
  return { keys, values };
}

/**
 * Decodes the table strings into a lookup array indexed by UTF-16 code unit (0 = unchanged).
 * @throws RangeError when the strings are not a valid encoding.
 */
export function decodeFoldTable(keys: string, values: string): Uint16Array {
  if (keys.length !== values.length) throw new RangeError('Fold table strings differ in length');
  const table = new Uint16Array(0x10000);
  let key = 0;
  let value = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys.charCodeAt(i);
    const v = values.charCodeAt(i);
    key = k < 0x80 ? key + (k - ASCII_BASE) : k;
    value = v < 0x80 ? value + (v - ASCII_BASE - VALUE_RANGE) : v;
    table[key] = value;
  }
  return table;
}
