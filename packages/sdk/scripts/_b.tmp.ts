import { fold } from '../src/query/fold.js';
const base = '澄泰生物众創空間\nVertex Biotech Co-working\n創業指導\n创业指导\nEntrepreneurship guidance\n生物醫藥\nBiomedicine\n上海\nShanghai';
const xs = Array.from({length: 100000}, (_, i) => base + i);
let t = performance.now(); const a = xs.map(fold); console.log('fold', performance.now()-t);
t = performance.now(); const b = xs.map(s => s.normalize('NFKC')); console.log('nfkc', performance.now()-t);
t = performance.now(); const c = xs.map(s => s.toLowerCase()); console.log('lower', performance.now()-t);
const buf = new Uint16Array(4096); const dec = new TextDecoder('utf-16le');
t = performance.now(); const d = xs.map(s => { for (let i=0;i<s.length;i++) buf[i]=s.charCodeAt(i); return String.fromCharCode.apply(null, buf.subarray(0, s.length) as unknown as number[]); }); console.log('fromCharCode.apply', performance.now()-t);
t = performance.now(); const e = xs.map(s => { for (let i=0;i<s.length;i++) buf[i]=s.charCodeAt(i); return dec.decode(buf.subarray(0, s.length)); }); console.log('TextDecoder', performance.now()-t);
