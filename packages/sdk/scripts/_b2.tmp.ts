import { decodeFoldTable } from '../src/query/fold-codec.js';
import { FOLD_KEYS, FOLD_VALUES } from '../src/query/fold-table.js';
const map = decodeFoldTable(FOLD_KEYS, FOLD_VALUES);
function lowerOf(c: number): number { const s = String.fromCharCode(c).toLowerCase(); return s.length === 1 ? s.charCodeAt(0) : c === 0x130 ? 0x69 : c; }
for (let c = 0; c < 0x3400; c++) { if (map[c] === 0) map[c] = lowerOf(c); }
let buf = new Uint16Array(1024);
const dec = new TextDecoder('utf-16le');
const ASCII_ONLY = /^[\x00-\x7f]*$/;
function fold2(text: string, useDec: boolean): string {
  const s = ASCII_ONLY.test(text) ? text : text.normalize('NFKC');
  const n = s.length;
  if (buf.length < n) buf = new Uint16Array(n * 2);
  let changed = false;
  for (let i = 0; i < n; i++) { const c = s.charCodeAt(i); let m = map[c]!; if (m === 0) m = c; buf[i] = m; if (m !== c) changed = true; }
  if (!changed) return s;
  if (useDec) return dec.decode(buf.subarray(0, n));
  let out = ''; for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]); return out;
}
const base = '澄泰生物众創空間\nVertex Biotech Co-working\n創業指導\n创业指导\nEntrepreneurship guidance\n生物醫藥\nBiomedicine\n上海\nShanghai';
const xs = Array.from({length: 100000}, (_, i) => base + i);
for (const useDec of [true, false, true, false]) { const t = performance.now(); const a = xs.map(x => fold2(x, useDec)); console.log(useDec ? 'decoder' : 'apply', performance.now()-t, a[5]); }
const en = Array.from({length: 100000}, (_, i) => 'Vertex Biotech Co-working Entrepreneurship guidance ' + i);
let t = performance.now(); en.map(x => fold2(x, true)); console.log('ascii', performance.now()-t);
