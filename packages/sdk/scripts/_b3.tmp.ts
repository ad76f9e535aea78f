import { fold } from '../src/query/fold.js';
const N = 100000;
const own = Array.from({length: N}, (_, i) => ['澄泰生物众创空间' + i, 'Vertex Biotech Co-working']);
const folded = ['创业指导\nentrepreneurship guidance', '生物医药\nbiomedicine', '其他孵化机构\n其他培育机构\nother incubator', '上海\nshanghai'];
for (let r = 0; r < 3; r++) {
let t = performance.now(); const a = own.map(o => fold(o.join('\n'))); const t1 = performance.now() - t;
t = performance.now(); const b = a.map(x => x.split('\n')); const t2 = performance.now() - t;
t = performance.now(); const c = b.map(x => [...new Set(x.concat(folded))].join('\n')); const t3 = performance.now() - t;
t = performance.now(); const d = b.map(x => x.concat(folded).join('\n')); const t4 = performance.now() - t;
t = performance.now(); const e = b.map(x => { const out: string[] = []; for (const s of x.concat(folded)) if (!out.includes(s)) out.push(s); return out.join('\n'); }); const t5 = performance.now() - t;
console.log({fold: t1|0, split: t2|0, setjoin: t3|0, plainjoin: t4|0, includesjoin: t5|0});
}
